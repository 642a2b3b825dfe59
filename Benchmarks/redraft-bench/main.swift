// Placeholder entry point; the benchmark suite is written in this folder.
print("redraft-bench: no benchmarks yet")
