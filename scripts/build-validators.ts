// Compiles the JSON Schemas into standalone validator code (src/schema/validators.generated.js), so
// neither Node nor the browser compiles schemas at run time: faster start-up, and no eval, which the
// site's Content-Security-Policy forbids. test/schema/validators.test.ts fails when this drifts.
import { writeFileSync } from 'node:fs';
import { validatorModule } from '../src/schema/validator-module.js';

writeFileSync('src/schema/validators.generated.js', validatorModule());
console.log('wrote src/schema/validators.generated.js');
