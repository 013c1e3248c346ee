#ifndef DLQUIZ_CORPUS_DATA_H
#define DLQUIZ_CORPUS_DATA_H
#include <stddef.h>

/// The bytes of Data/corpus.json, compiled into the binary so it works wherever it is copied.
const unsigned char *dlquiz_corpus_bytes(void);
size_t dlquiz_corpus_length(void);

#endif
