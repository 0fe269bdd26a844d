// The --busy run's neighbour: one core kept busy until the benchmark stops this process.
for (;;) Math.sqrt(Math.random())
