/* ui (stub) */
#ifndef LREADER_UI_H
#define LREADER_UI_H
#endif
