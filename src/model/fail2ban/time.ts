/**
 * fail2ban's time values (`MyTime.str2seconds`, man jail.conf "TIME ABBREVIATION FORMAT"): plain seconds,
 * or numbers with units (`10m`, `1d12h`, `1 year - 6 months`), summed when separated by spaces and
 * evaluated as arithmetic. `m` is minutes; months are `mo`/`mon`/`month(s)` (1/12 of 365.25 days).
 * Returns undefined when fail2ban's server could not evaluate the value.
 */

const UNITS: readonly (readonly [RegExp, number])[] = [
  [/(?<=[\d\s])(days?|da|dd?)\b/giu, 24 * 60 * 60],
  [/(?<=[\d\s])(weeks?|wee?|ww?)\b/giu, 7 * 24 * 60 * 60],
  [/(?<=[\d\s])(months?|mon?)\b/giu, ((365 * 3 + 366) * 24 * 60 * 60) / 4 / 12],
  [/(?<=[\d\s])(years?|yea?|yy?)\b/giu, ((365 * 3 + 366) * 24 * 60 * 60) / 4],
  [/(?<=[\d\s])(seconds?|sec?|ss?)\b/giu, 1],
  [/(?<=[\d\s])(minutes?|min?|mm?)\b/giu, 60],
  [/(?<=[\d\s])(hours?|hou?|hh?)\b/giu, 60 * 60],
];

function pyNumber(n: number): string {
  // Python prints a float with a ".0"; the text only feeds our own evaluator, so any exact form works.
  return String(n);
}

/** Pure function of its text; the same few values ("10m", "1h") recur in every jail. */
const memo = new Map<string, number | undefined>();

export function timeToSeconds(value: string): number | undefined {
  if (memo.has(value)) return memo.get(value);
  const result = compute(value);
  if (memo.size < 4096) memo.set(value, result);
  return result;
}

function compute(value: string): number | undefined {
  let v = value.replace(/(?<=[a-z])(\d)/giu, ' $1');
  for (const [re, factor] of UNITS) v = v.replace(re, `*${pyNumber(factor)}`);
  v = v.replace(/(\d)\s+(\d)/gu, '$1+$2');
  return evaluate(v);
}

type Token = { kind: 'num'; value: number } | { kind: 'op'; value: string };

function tokenize(src: string): Token[] | undefined {
  const tokens: Token[] = [];
  const re = /\s*(?:(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|(\*\*|\/\/|[-+*/%()]))/y;
  let i = 0;
  while (i < src.length) {
    if (/^\s*$/.test(src.slice(i))) break;
    re.lastIndex = i;
    const m = re.exec(src);
    if (!m) return undefined;
    i = re.lastIndex;
    if (m[1] !== undefined) {
      // Python rejects decimal integers with leading zeros ("08").
      if (/^0\d/.test(m[1]) && !/^0+$/.test(m[1]) && !m[1].includes('.')) return undefined;
      tokens.push({ kind: 'num', value: Number(m[1]) });
    } else tokens.push({ kind: 'op', value: m[2] ?? '' });
  }
  return tokens;
}

/** A small arithmetic evaluator with Python's precedence for the operators str2seconds can produce. */
function evaluate(src: string): number | undefined {
  const tokens = tokenize(src);
  if (!tokens || tokens.length === 0) return undefined;
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const isOp = (v: string): boolean => {
    const t = peek();
    return t?.kind === 'op' && t.value === v;
  };
  const expr = (): number | undefined => {
    let left = term();
    while (left !== undefined && (isOp('+') || isOp('-'))) {
      const op = (tokens[pos++] as Token).value;
      const right = term();
      if (right === undefined) return undefined;
      left = op === '+' ? left + right : left - right;
    }
    return left;
  };
  const term = (): number | undefined => {
    let left = unary();
    while (left !== undefined && (isOp('*') || isOp('/') || isOp('//') || isOp('%'))) {
      const op = (tokens[pos++] as Token).value;
      const right = unary();
      if (right === undefined || (right === 0 && op !== '*')) return undefined;
      if (op === '*') left = left * right;
      else if (op === '/') left = left / right;
      else if (op === '//') left = Math.floor(left / right);
      else left = left - right * Math.floor(left / right);
    }
    return left;
  };
  const unary = (): number | undefined => {
    if (isOp('-') || isOp('+')) {
      const op = (tokens[pos++] as Token).value;
      const v = unary();
      return v === undefined ? undefined : op === '-' ? -v : v;
    }
    return power();
  };
  const power = (): number | undefined => {
    const base = atom();
    if (base !== undefined && isOp('**')) {
      pos++;
      const exp = unary();
      return exp === undefined ? undefined : base ** exp;
    }
    return base;
  };
  const atom = (): number | undefined => {
    const t = peek();
    if (!t) return undefined;
    if (t.kind === 'num') {
      pos++;
      return t.value;
    }
    if (t.value === '(') {
      pos++;
      const v = expr();
      if (!isOp(')')) return undefined;
      pos++;
      return v;
    }
    return undefined;
  };
  const result = expr();
  return pos === tokens.length && result !== undefined && Number.isFinite(result) ? result : undefined;
}
