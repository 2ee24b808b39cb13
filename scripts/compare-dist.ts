/**
 * npm run compare-dist -- <first-dist> <second-dist>: are two builds of the same content the same site? Prints every
 * file that differs (apart from hashed asset names, scoped-style ids and the CSP hashes that follow from them) and
 * exits 1 if any does. See scripts/lib/compareDist.ts.
 */
import { compareDist } from './lib/compareDist.ts';

const [first, second] = process.argv.slice(2);
if (!first || !second) {
  console.error('usage: npm run compare-dist -- <first-dist> <second-dist>');
  process.exit(2);
}
const { files, differences } = compareDist(first, second);
for (const difference of differences.slice(0, 50)) {
  console.log(`${difference.kind}: ${difference.path}${difference.detail ? `\n  ${difference.detail}` : ''}`);
}
if (differences.length > 50) console.log(`… and ${differences.length - 50} more`);
console.log(
  differences.length === 0
    ? `${first} and ${second} are the same site: ${files} files, identical apart from hashed asset names.`
    : `${differences.length} of ${files} files differ between ${first} and ${second}.`,
);
process.exit(differences.length === 0 ? 0 : 1);
