// stores.c: the stores of monthly.csv's flush, alone (docs/performance.md, forty-second
// session). 1M hypergrowth: 11M rows in no order, each storing an MRR cell and a usage cell
// (Int32) and an activity cell (Int16) of one of 1M accounts x 24 months. Prints the time to
// fault the cells in (first touch) and the time of the stores, on one thread.
//
// Layouts: `split` is the loader's (three matrices: three cache lines and three 4 KiB pages a
// row); `pair` puts a cell's MRR and usage side by side (two lines, two pages); `row` puts all
// three in one 16-byte cell (one line, one page). `huge` advises 2 MiB pages.
//
//   cc -O2 -o /tmp/stores Benchmarks/random-stores/stores.c
//   for l in split pair row; do /tmp/stores $l; /tmp/stores $l huge; done
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

enum { accounts = 1000000, months = 24, rows = 11000000 };
static size_t idx[rows];

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

// `bytes` of fresh memory, 2 MiB-aligned, advised huge when asked, touched once (zeroed).
static void *region(size_t bytes, int huge) {
  size_t big = 2u << 20;
  char *p = mmap(NULL, bytes + big, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) return NULL;
  char *a = (char *)(((uintptr_t)p + big - 1) & ~(uintptr_t)(big - 1));
  if (huge) madvise(a, bytes, MADV_HUGEPAGE);
  memset(a, 0, bytes);
  return a;
}

int main(int argc, char **argv) {
  const size_t cells = (size_t)accounts * months;
  const char *layout = argc > 1 ? argv[1] : "split";
  int huge = argc > 2 && strcmp(argv[2], "huge") == 0;
  uint64_t x = 88172645463325252ull;
  for (size_t i = 0; i < rows; i++) {
    x ^= x << 13; x ^= x >> 7; x ^= x << 17;
    idx[i] = x % cells;
  }
  int32_t *mrr, *usage;
  int16_t *act;
  size_t step, actStep;  // Int32s between two cells' MRR; Int16s between two activity cells
  double t0 = now();
  if (strcmp(layout, "row") == 0) {
    mrr = region(cells * 16, huge);
    if (!mrr) return 1;
    usage = mrr + 1;
    act = (int16_t *)(mrr + 2);
    step = 4;
    actStep = 8;
  } else if (strcmp(layout, "pair") == 0) {
    mrr = region(cells * 8, huge);
    act = region(cells * 2, huge);
    if (!mrr || !act) return 1;
    usage = mrr + 1;
    step = 2;
    actStep = 1;
  } else {
    mrr = region(cells * 4, huge);
    usage = region(cells * 4, huge);
    act = region(cells * 2, huge);
    if (!mrr || !usage || !act) return 1;
    step = 1;
    actStep = 1;
  }
  double fill = now() - t0;
  t0 = now();
  for (size_t i = 0; i < rows; i++) {
    size_t k = idx[i];
    mrr[k * step] = (int32_t)i;
    usage[k * step] = (int32_t)i + 1;
    act[k * actStep] = (int16_t)i;
  }
  double store = now() - t0;
  printf("%-5s %s pages: fault-in %.3f s, stores %.3f s (check %d)\n", layout,
         huge ? "2 MiB" : "4 KiB", fill, store, mrr[idx[7] * step]);
  return 0;
}
