/**
 * V8 flags for every process that runs the rule engine (the CLI, the app's renderer with its review worker,
 * and the benchmarks that stand for them). The rule packs are a few hundred regular expressions, fresh for every
 * engine. By default V8 first interprets a new expression's bytecode and compiles it to machine code only once it
 * is used a lot — nearly all of them are — and it may drop that code again in a later garbage collection.
 * Straight to machine code: the CLI's warm-up is about 0.1 s shorter per thread, and a full check of seed 001
 * after a long session of other checks took 70 ms instead of 40.
 */
export const ENGINE_V8_FLAGS = ['--no-regexp-tier-up'];
