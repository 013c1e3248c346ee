#include "CorpusData.h"

#pragma clang diagnostic ignored "-Wc23-extensions"
static const unsigned char corpus[] = {
#embed "../../Data/corpus.json"
};

// What `dlquiz list --json` prints for the built-in deck, written by `dlquiz corpus build` beside the
// corpus. ExercisesTests holds it byte for byte equal to serialising the deck, so it cannot go stale.
static const unsigned char corpus_list[] = {
#embed "../../Data/corpus-list.json"
};

const unsigned char *dlquiz_corpus_bytes(void) { return corpus; }
size_t dlquiz_corpus_length(void) { return sizeof(corpus); }
const unsigned char *dlquiz_corpus_list_bytes(void) { return corpus_list; }
size_t dlquiz_corpus_list_length(void) { return sizeof(corpus_list); }
