#ifndef DLQUIZ_CORPUS_DATA_H
#define DLQUIZ_CORPUS_DATA_H
#include <stddef.h>

/// The bytes of Data/corpus.json, compiled into the binary so it works wherever it is copied.
const unsigned char *dlquiz_corpus_bytes(void);
size_t dlquiz_corpus_length(void);

/// The bytes of Data/corpus-list.json: the built-in deck's `dlquiz list --json` output (exercise cards
/// included), precomputed by `dlquiz corpus build` so that command does no JSON work at start-up.
const unsigned char *dlquiz_corpus_list_bytes(void);
size_t dlquiz_corpus_list_length(void);

#endif
