/* cli (stub) */
#ifndef LREADER_CLI_H
#define LREADER_CLI_H
#endif
