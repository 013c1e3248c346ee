#include "CorpusData.h"

#pragma clang diagnostic ignored "-Wc23-extensions"
static const unsigned char corpus[] = {
#embed "../../Data/corpus.json"
};

const unsigned char *dlquiz_corpus_bytes(void) { return corpus; }
size_t dlquiz_corpus_length(void) { return sizeof(corpus); }
