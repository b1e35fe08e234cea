// Every processes/forms/*.form must import into form-js: the library Camunda 7.24's Tasklist renders forms with.
// No JSON schema of form-js is published to the registries the build machines reach, so the form-js viewer itself
// (pinned to 1.10.1, schemaVersion 16, the version in Camunda 7.24.0's Tasklist) parses each form, as Tasklist will.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { JSDOM } = require('jsdom');

// form-js is a browser library: give it a DOM before loading it.
const { window } = new JSDOM('<!doctype html><html><body></body></html>');
for (const name of Object.getOwnPropertyNames(window)) {
  if (!(name in globalThis)) {
    try { globalThis[name] = window[name]; } catch (ignored) { /* read-only on this node: not needed */ }
  }
}
globalThis.window = window;
globalThis.document = window.document;

const { Form, schemaVersion: tasklistSchemaVersion } = require('@bpmn-io/form-js-viewer');

const formsDir = path.resolve(__dirname, '..', 'processes', 'forms');

async function problemsOf(file) {
  const problems = [];
  let schema;
  try {
    schema = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    return [`not JSON: ${e.message}`];
  }
  if (schema.type !== 'default') problems.push(`"type" must be "default", is ${JSON.stringify(schema.type)}`);
  if (typeof schema.id !== 'string' || !schema.id) problems.push('"id" (the form id a diagram\'s camunda:formRef names) is missing');
  else if (schema.id !== path.basename(file, '.form')) problems.push(`"id" is "${schema.id}", the file name says "${path.basename(file, '.form')}"`);
  if (!Number.isInteger(schema.schemaVersion)) problems.push('"schemaVersion" is missing');
  else if (schema.schemaVersion > tasklistSchemaVersion) {
    problems.push(`schemaVersion ${schema.schemaVersion} is newer than Camunda 7.24 Tasklist's form-js (${tasklistSchemaVersion}): save it for Camunda 7.24 in Modeler`);
  }
  const container = document.createElement('div');
  document.body.appendChild(container);
  const form = new Form({ container });
  try {
    const { warnings } = await form.importSchema(schema);
    warnings.forEach(w => problems.push(`form-js: ${w.message || w}`));
  } catch (e) {
    problems.push(`form-js refuses it: ${e.message}`);
  } finally {
    form.destroy();
    container.remove();
  }
  return problems;
}

async function main() {
  const files = fs.readdirSync(formsDir).filter(f => f.endsWith('.form')).sort();
  let failed = 0;
  for (const name of files) {
    const problems = await problemsOf(path.join(formsDir, name));
    problems.forEach(p => console.error(`processes/forms/${name}: ${p}`));
    if (problems.length) failed++;
  }
  console.log(`forms: ${files.length} checked, ${failed} with problems`);
  process.exitCode = failed ? 1 : 0;
}

main().catch(e => { console.error(e); process.exitCode = 1; });
