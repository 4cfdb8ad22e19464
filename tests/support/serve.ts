import { parseArgs } from 'node:util';
import { createStaticServer } from './static-server.ts';

/** `node tests/support/serve.ts --port 4322 [--dir dist] [--base /handbook/]`: serve a built site. */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4322' },
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
  },
});

const port = Number(values.port);
createStaticServer({ root: values.dir, base: values.base }).listen(port, () => {
  console.log(`Serving ${values.dir} at http://localhost:${port}${values.base}`);
});
