/* render (stub) */
#ifndef LREADER_RENDER_H
#define LREADER_RENDER_H
#endif
