// Time words: the short adverbials of time that may open a clause before its
// subject (", and last year it took over ...", ", and in October X agreed ...").
#ifndef DEALGRAPH_SEGMENT_TIME_WORDS_H_
#define DEALGRAPH_SEGMENT_TIME_WORDS_H_

#include <array>
#include <string_view>

#include "segment/word_list.h"

namespace dealgraph {

// Lower-case words; a year or a day is a number token, tested apart.
inline constexpr WordList<37> kTimeWords(std::array<std::string_view, 37>{
    "last",    "this",     "next",  "year",      "month",   "week",    "in",       "on",    "then",   "later",
    "earlier", "also",     "since", "now",       "early",   "late",    "january",  "february", "march", "april",
    "may",     "june",     "july",  "august",    "september", "october", "november", "december", "separately",
    "recently", "monday",  "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"});

}  // namespace dealgraph

#endif  // DEALGRAPH_SEGMENT_TIME_WORDS_H_
