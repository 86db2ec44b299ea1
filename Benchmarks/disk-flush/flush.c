// What a flush costs on this machine's disk, made at once or in parts (docs/output.md,
// "Flushed as it goes"). 100 writes of 4 MiB with O_DIRECT to a scratch file, a flush
// (fdatasync) after every N MB written (0: none), then the final flush.
//
//   cc -O2 Benchmarks/disk-flush/flush.c -o /tmp/flush && for n in 0 32 0 32; do /tmp/flush $n; done
//
// Run it from a folder on the disk the reports go to (it writes ./flush-test.bin, then removes
// it). Linux only (O_DIRECT).
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
  long every = argc > 1 ? atol(argv[1]) << 20 : 0;
  size_t capacity = 4 << 20;
  char *buffer = aligned_alloc(4096, capacity);
  memset(buffer, 'x', capacity);
  int fd = open("flush-test.bin", O_WRONLY | O_CREAT | O_TRUNC | O_DIRECT, 0644);
  if (fd < 0) { perror("open"); return 1; }
  double start = now(), flushing = 0;
  long since = 0;
  for (int i = 0; i < 100; i++) {
    if (write(fd, buffer, capacity) != (ssize_t)capacity) { perror("write"); return 1; }
    since += capacity;
    if (every && since >= every) {
      double t = now();
      fdatasync(fd);
      flushing += now() - t;
      since = 0;
    }
  }
  double written = now();
  fdatasync(fd);
  double end = now();
  close(fd);
  unlink("flush-test.bin");
  printf("flush every %ld MB: writes %.3f s (flushes among them %.3f s), final flush %.3f s, "
         "total %.3f s\n", every >> 20, written - start, flushing, end - written, end - start);
  return 0;
}
