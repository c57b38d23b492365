/**
 * Extracts every `@example` block under src/ into .tmp/examples/*.ts, so that they are type-checked
 * (tsconfig.examples.json) and executed (tests/docs/examples.test.ts).
 *
 * Conventions: examples use the names exported by an entry (src/index.ts) without import lines; a line
 * `expr; //=> literal` asserts the value, `expr; //=> throws CODE` asserts a CxError with that code.
 * It also fails when an exported function, class or constant has no `@example`.
 */
import ts from 'typescript';
import { mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, '.tmp', 'examples');
// Each entry's examples use the names it exports, plus those of the entries in `with`; only files under `under`
// are scanned (so the node entry does not extract the main entry's examples a second time).
const entries: { entry: string; tag: string; under: string; with: string[] }[] = [
  { entry: 'src/index.ts', tag: 'index', under: 'src', with: [] },
  { entry: 'src/node/index.ts', tag: 'node', under: 'src/node', with: ['src/index.ts'] },
];
const excludeFromIndex = ['src/node', 'src/cli'];

type Matcher =
  | { t: 'num'; v: number; tol: number }
  | { t: 'lit'; v: string | boolean | null }
  | { t: 'arr'; v: Matcher[] }
  | { t: 'obj'; v: Record<string, Matcher> };

function numberMatcher(text: string, negative: boolean): Matcher {
  const v = Number(text) * (negative ? -1 : 1);
  const m = /^(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text);
  if (!m) throw new Error(`cannot read number ${text}`);
  const decimals = (m[2] ?? '').length - Number(m[3] ?? 0);
  // Integers and exact values shown in full compare to 1e-12 relative at most.
  const tol = Math.max(0.5 * 10 ** -decimals, 0) + Math.abs(v) * 1e-12;
  return { t: 'num', v, tol };
}

function toMatcher(node: ts.Expression): Matcher {
  if (ts.isParenthesizedExpression(node)) return toMatcher(node.expression);
  if (ts.isNumericLiteral(node)) return numberMatcher(node.text, false);
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand)) {
    return numberMatcher(node.operand.text, true);
  }
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return { t: 'lit', v: node.text };
  if (node.kind === ts.SyntaxKind.TrueKeyword) return { t: 'lit', v: true };
  if (node.kind === ts.SyntaxKind.FalseKeyword) return { t: 'lit', v: false };
  if (node.kind === ts.SyntaxKind.NullKeyword) return { t: 'lit', v: null };
  if (ts.isArrayLiteralExpression(node)) return { t: 'arr', v: node.elements.map(toMatcher) };
  if (ts.isObjectLiteralExpression(node)) {
    const v: Record<string, Matcher> = {};
    for (const p of node.properties) {
      if (!ts.isPropertyAssignment(p)) throw new Error('only `key: value` properties are allowed in //=> objects');
      const name = ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) || ts.isNumericLiteral(p.name) ? p.name.text : null;
      if (name === null) throw new Error('computed keys are not allowed in //=> objects');
      v[name] = toMatcher(p.initializer);
    }
    return { t: 'obj', v };
  }
  throw new Error(`unsupported //=> literal: ${node.getText()}`);
}

function parseExpr(text: string): ts.Expression {
  const sf = ts.createSourceFile('x.ts', `(${text})`, ts.ScriptTarget.ES2022, true);
  const st = sf.statements[0];
  if (!st || !ts.isExpressionStatement(st) || sf.statements.length !== 1) throw new Error(`cannot parse //=> ${text}`);
  return (st.expression as ts.ParenthesizedExpression).expression;
}

function transform(code: string, where: string): string {
  const out: string[] = [];
  for (const line of code.split('\n')) {
    const at = line.indexOf('//=>');
    if (at < 0) {
      out.push(line);
      continue;
    }
    const left = line.slice(0, at);
    const right = line.slice(at + 4).trim();
    const sf = ts.createSourceFile('l.ts', left, ts.ScriptTarget.ES2022, true);
    const last = sf.statements[sf.statements.length - 1];
    if (!last || !ts.isExpressionStatement(last)) throw new Error(`${where}: a //=> line must end with an expression: ${line}`);
    const prefix = left.slice(0, last.getStart(sf));
    const expr = last.expression.getText(sf);
    const w = JSON.stringify(`${where}: ${expr}`);
    const thr = /^throws\s+([A-Z_]+)$/.exec(right);
    if (thr) out.push(`${prefix}await __throws(async () => ${expr}, ${JSON.stringify(thr[1])}, ${w});`);
    else out.push(`${prefix}__check(${expr}, ${JSON.stringify(toMatcher(parseExpr(right)))} as Matcher, ${w});`);
  }
  return out.join('\n');
}

function exampleText(tag: ts.JSDocTag): string {
  const c = tag.comment;
  const raw = typeof c === 'string' ? c : (c ?? []).map((p) => p.text).join('');
  return raw.replace(/^```\w*\n?/m, '').replace(/```\s*$/m, '');
}

function declName(node: ts.Node): string {
  const n = (node as { name?: ts.Node }).name;
  let name = n && (ts.isIdentifier(n) || ts.isPrivateIdentifier(n)) ? n.text : ts.SyntaxKind[node.kind];
  if (ts.isVariableStatement(node)) name = node.declarationList.declarations.map((d) => d.name.getText()).join(',');
  const parent = node.parent as ts.Node | undefined;
  if (parent && (ts.isClassDeclaration(parent) || ts.isInterfaceDeclaration(parent)) && parent.name) return `${parent.name.text}.${name}`;
  return name;
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const problems: string[] = [];
let count = 0;
for (const { entry, tag, under, with: extra } of entries) {
  const program = ts.createProgram([join(root, entry), ...extra.map((e) => join(root, e))], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const entrySf = program.getSourceFile(join(root, entry))!;
  const moduleSym = checker.getSymbolAtLocation(entrySf)!;
  const exportsOf = checker.getExportsOfModule(moduleSym);
  const valueNames: string[] = [];
  const typeNames: string[] = [];
  const imports: string[] = [];
  for (const e of extra) {
    const sym = checker.getSymbolAtLocation(program.getSourceFile(join(root, e))!)!;
    const vals: string[] = [];
    const types: string[] = [];
    for (const s of checker.getExportsOfModule(sym)) {
      if (exportsOf.some((x) => x.name === s.name)) continue;
      const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
      (target.flags & ts.SymbolFlags.Value ? vals : types).push(s.name);
    }
    const imp = relative(outDir, join(root, e)).replace(/\.ts$/, '.js');
    imports.push(`import { ${vals.join(', ')} } from '${imp}';`);
    if (types.length > 0) imports.push(`import type { ${types.join(', ')} } from '${imp}';`);
  }
  for (const s of exportsOf) {
    const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
    if (target.flags & ts.SymbolFlags.Value) valueNames.push(s.name);
    else typeNames.push(s.name);
    if (target.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class | ts.SymbolFlags.Variable)) {
      const decls = target.declarations ?? [];
      const has = decls.some((d) => {
        const holder = ts.isVariableDeclaration(d) ? d.parent.parent : d;
        return ts.getJSDocTags(holder).some((t) => t.tagName.text === 'example');
      });
      if (!has) problems.push(`${s.name} (exported from ${entry}) has no @example`);
    }
  }
  const files = program
    .getSourceFiles()
    .filter((f) => f.fileName.startsWith(join(root, under) + '/') && !f.isDeclarationFile)
    .filter((f) => tag !== 'index' || !excludeFromIndex.some((d) => f.fileName.startsWith(join(root, d) + '/')));
  for (const sf of files) {
    const blocks: string[] = [];
    const visit = (node: ts.Node): void => {
      for (const t of ts.getJSDocTags(node)) {
        if (t.tagName.text !== 'example' || t.parent.parent !== node) continue;
        const name = declName(node);
        const where = `${relative(root, sf.fileName)} ${name}`;
        try {
          const body = transform(exampleText(t), where);
          blocks.push(`  [${JSON.stringify(name)}, async () => {\n${body.replace(/^/gm, '    ')}\n  }],`);
          count++;
        } catch (e) {
          problems.push(`${where}: ${(e as Error).message}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
    if (blocks.length === 0) continue;
    const rel = relative(join(root, 'src'), sf.fileName).replace(/\.ts$/, '').replace(/[\\/]/g, '__');
    const file = join(outDir, `${tag}__${rel}.examples.ts`);
    const imp = relative(outDir, join(root, entry)).replace(/\.ts$/, '.js');
    const text = [
      '/* eslint-disable */',
      `import { __check, __throws, type Matcher } from '../../tests/docs/expect.js';`,
      `import { ${valueNames.join(', ')} } from '${imp}';`,
      typeNames.length > 0 ? `import type { ${typeNames.join(', ')} } from '${imp}';` : '',
      ...imports,
      '',
      `export const file = ${JSON.stringify(relative(root, sf.fileName))};`,
      'export const examples: [string, () => Promise<void>][] = [',
      ...blocks,
      '];',
      '',
    ].join('\n');
    writeFileSync(file, text);
  }
}
if (!existsSync(outDir)) mkdirSync(outDir);
if (problems.length > 0) {
  console.error(`@example check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`extracted ${String(count)} examples into ${relative(root, outDir)}`);
