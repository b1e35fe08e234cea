// Every file in processes/.camunda/element-templates/ must be a valid Camunda 7 element template: validated with
// @bpmn-io/element-templates-validator, which checks against @camunda/element-templates-json-schema (both pinned).
// Modeler silently drops an invalid template, so a broken one would only show as a missing entry there.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { validate } = require('@bpmn-io/element-templates-validator');

const dir = path.resolve(__dirname, '..', 'processes', '.camunda', 'element-templates');
const files = fs.readdirSync(dir).filter(f => f.endsWith('.json')).sort();
const seen = new Map();
let failed = 0;

function report(file, message) {
  console.error(`processes/.camunda/element-templates/${file}: ${message}`);
  failed++;
}

for (const file of files) {
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  let templates;
  try {
    templates = JSON.parse(text);
  } catch (e) {
    report(file, `not JSON: ${e.message}`);
    continue;
  }
  for (const template of Array.isArray(templates) ? templates : [templates]) {
    const { valid, errors } = validate(template);
    if (!valid) {
      errors.forEach(e => report(file, `${template.id || '(no id)'}${e.dataPath || ''}: ${e.message}`));
    }
    const key = `${template.id}@${template.version}`;
    if (seen.has(key)) report(file, `${key} is also defined in ${seen.get(key)}`);
    seen.set(key, file);
  }
}
console.log(`element templates: ${seen.size} in ${files.length} files checked, ${failed} problems`);
process.exitCode = failed ? 1 : 0;
