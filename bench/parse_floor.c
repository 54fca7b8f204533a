// parse_floor DIR: what libcmark alone costs on a journal, with no Swift in the way. Every .md file under DIR
// (not in digests/ or a dot folder) is read with one read() and parsed by cmark_parse_document on two threads,
// then freed. bench/run.py builds it with the system's C compiler and runs it with mimalloc preloaded.
#define _GNU_SOURCE  // nftw's FTW_ACTIONRETVAL, to skip a folder
#include <cmark.h>
#include <fcntl.h>
#include <ftw.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char **paths;
static size_t count, room;
static atomic_size_t next;
static atomic_size_t parsed;

static int collect(const char *path, const struct stat *st, int type, struct FTW *at) {
    const char *name = path + at->base;
    if (type == FTW_D && at->level > 0 && (name[0] == '.' || strcmp(name, "digests") == 0)) return FTW_SKIP_SUBTREE;
    size_t n = strlen(name);
    if (type != FTW_F || n < 3 || strcmp(name + n - 3, ".md") != 0) return FTW_CONTINUE;
    if (count == room) {
        room = room ? room * 2 : 4096;
        paths = realloc(paths, room * sizeof *paths);
        if (!paths) exit(1);
    }
    paths[count++] = strdup(path);
    (void)st;
    return FTW_CONTINUE;
}

static void *parse_some(void *unused) {
    (void)unused;
    size_t capacity = 1 << 20;
    char *bytes = malloc(capacity);
    for (size_t k; (k = atomic_fetch_add(&next, 1)) < count;) {
        int fd = open(paths[k], O_RDONLY | O_CLOEXEC);
        if (fd < 0) continue;
        struct stat st;
        if (fstat(fd, &st) == 0 && (size_t)st.st_size + 1 > capacity) {
            capacity = (size_t)st.st_size + 1;
            bytes = realloc(bytes, capacity);
        }
        ssize_t length = read(fd, bytes, capacity);
        close(fd);
        if (length < 0) continue;
        cmark_node *document = cmark_parse_document(bytes, (size_t)length, CMARK_OPT_DEFAULT);
        cmark_node_free(document);
        atomic_fetch_add(&parsed, (size_t)length);
    }
    free(bytes);
    return NULL;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: parse_floor DIR\n");
        return 2;
    }
    if (nftw(argv[1], collect, 64, FTW_PHYS | FTW_ACTIONRETVAL) != 0) return 1;
    pthread_t threads[2];
    for (int t = 0; t < 2; t++) pthread_create(&threads[t], NULL, parse_some, NULL);
    for (int t = 0; t < 2; t++) pthread_join(threads[t], NULL);
    printf("parsed %zu files, %zu bytes\n", count, (size_t)parsed);
    return 0;
}
