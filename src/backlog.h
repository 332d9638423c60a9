/*
 * backlog.h: declarations shared by the server glue files (never by the pure C cores).
 */
#ifndef BACKLOG_H
#define BACKLOG_H

/* backlog.similarity_threshold: the % operator on fingerprints and its index support */
extern double backlog_similarity_threshold;

/* backlog.duplicate_threshold: the duplicate score at which open tickets are linked */
extern double backlog_duplicate_threshold;

/* backlog.allow_drop: lets DROP EXTENSION delete a ticket store that still holds rows */
extern bool backlog_allow_drop;

#endif
