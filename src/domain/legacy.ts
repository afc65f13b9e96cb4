// Detects and converts Vietnamese text typed in legacy 8-bit encodings (TCVN3/ABC and VNI-Windows).
//
// Such text reaches us as the Windows-1252 (cp1252) reading of the legacy bytes: Excel stored each byte
// as the cp1252 character, so TCVN3 “Mô hình” arrives as “M« h×nh” and VNI “Dân” as “Daân”. Bytes
// 0x80–0x9F may also arrive as raw C1 controls (U+0080–U+009F); both forms are accepted. Neither
// encoding has letters there (the block holds quotes, dashes, “…”), so they stay punctuation.
//
// TCVN3 is the TCVN 5712:1993 VN3 set of the ABC keyboard and the “.VnTime” fonts: it has a code for
// every lower-case letter but, among capitals, only for the plain Ă Â Ê Ô Ơ Ư Đ. Capitals with a tone
// mark were typed with the “.VnTimeH” fonts, which draw the lower-case codes as capitals, so the bytes
// alone say lower case. tcvn3ToUnicode upper-cases such letters inside a word that is otherwise in
// capitals (“CéNG” → “CỘNG”, “VIÖT” → “VIỆT”) and in a word of at most one capital when the whole
// text is in capitals (“Hµ NéI” → “HÀ NỘI”); everything else comes out in lower case (“ñy ban” →
// “ủy ban”, and text typed in lower case with a “.VnTimeH” font stays lower case).
// ư is 0xAD, the invisible soft hyphen of cp1252. When a copy-paste drops it, “Trường” arrives as
// “Trêng”; a word like that is repaired when putting ư back before its ơ makes it Vietnamese.

export type LegacyEncoding = 'tcvn3' | 'vni';
export interface LegacyDetection {
  encoding: LegacyEncoding;
  /** The converted text, NFC. */
  unicode: string;
}

// ---------------------------------------------------------------------------------------------
// cp1252

/** cp1252 characters for bytes 0x80–0x9F; the five undefined bytes keep their C1 code point. */
const CP1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const HAS_C1 = /[\u0080-\u009f]/;
const C1 = /[\u0080-\u009f]/g;

function fromC1(s: string): string {
  return HAS_C1.test(s) ? s.replace(C1, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]) : s;
}

const CP1252_ABOVE_FF = new Set([...CP1252_80_9F].map((c) => c.charCodeAt(0)).filter((c) => c > 0xff));

/**
 * The cheap check: a cp1252 reading of legacy text has a character in U+00A1–U+00FF (where every
 * legacy letter lies) and none beyond cp1252, which rules out ASCII and any text with ạ ư đ … or a
 * combining mark (NFD) after one scan that usually stops at the first Vietnamese letter.
 */
function mayBeLegacy(s: string): boolean {
  let high = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xa1) continue;
    if (c <= 0xff) high = true;
    else if (!CP1252_ABOVE_FF.has(c)) return false;
  }
  return high;
}

// ---------------------------------------------------------------------------------------------
// Unicode letters

const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
/** Tone marks in the order both legacy tables list them: acute, grave, hook above, tilde, dot below. */
const TONES = [ACUTE, GRAVE, HOOK, TILDE, DOT];
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';
const HORN = '\u031b';

const compose = (s: string): string => s.normalize('NFC');
const upper = (s: string): string => s.toUpperCase();

// ---------------------------------------------------------------------------------------------
// TCVN3 (ABC)

/**
 * The letter of each code 0xA0–0xFF (“.” = none). Lower-case tones run grave, hook, tilde, acute,
 * dot below: 0xB5–0xB9 is à ả ã á ạ.
 */
const TCVN3_LAYOUT =
  '.' + // A0
  'ĂÂÊÔƠƯĐ' + // A1–A7
  'ăâêôơưđ' + // A8–AE
  '......' + // AF–B4
  'àảãáạ' + // B5–B9
  '.' + // BA
  'ằẳẵắ' + // BB–BE
  '.......' + // BF–C5
  'ặ' + // C6
  'ầẩẫấậ' + // C7–CB
  'è' + // CC
  '.' + // CD
  'ẻẽéẹ' + // CE–D1
  'ềểễếệ' + // D2–D6
  'ìỉ' + // D7–D8
  '...' + // D9–DB
  'ĩíịò' + // DC–DF
  '.' + // E0
  'ỏõóọ' + // E1–E4
  'ồổỗốộ' + // E5–E9
  'ờởỡớợ' + // EA–EE
  'ù' + // EF
  '.' + // F0
  'ủũúụ' + // F1–F4
  'ừửữứự' + // F5–F9
  'ỳỷỹýỵ' + // FA–FE
  '.'; // FF

const TCVN3_DECODE: (string | undefined)[] = [];
const TCVN3_ENCODE = new Map<string, string>();
for (let i = 0; i < TCVN3_LAYOUT.length; i++) {
  if (TCVN3_LAYOUT[i] === '.') continue;
  TCVN3_DECODE[i] = TCVN3_LAYOUT[i];
  TCVN3_ENCODE.set(TCVN3_LAYOUT[i], String.fromCharCode(0xa0 + i));
}

function tcvn3Letter(c: number): string | undefined {
  return c >= 0xa0 && c <= 0xff ? TCVN3_DECODE[c - 0xa0] : undefined;
}

/**
 * 1 for a certain capital in TCVN3 text, −1 for a certain lower-case letter, 0 when the bytes cannot
 * tell: a “.VnTimeH” font draws every lower-case code, ă â ê ô ơ ư đ included, as a capital.
 */
function tcvn3Case(c: number): number {
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0xa1 && c <= 0xa7)) return 1;
  if (c >= 0x61 && c <= 0x7a) return -1;
  return 0;
}

function tcvn3AllCaps(s: string): boolean {
  let capitals = 0;
  for (let i = 0; i < s.length; i++) {
    const k = tcvn3Case(s.charCodeAt(i));
    if (k < 0) return false;
    if (k > 0) capitals++;
  }
  return capitals >= 2;
}

const TCVN3_WORD = /[A-Za-z\u00a1-\u00ff]+/g;

function tcvn3Word(w: string, textCaps: boolean): string {
  let capitals = 0;
  let lower = 0;
  for (let i = 0; i < w.length; i++) {
    const k = tcvn3Case(w.charCodeAt(i));
    if (k > 0) capitals++;
    else if (k < 0) lower++;
  }
  const caps = lower === 0 && (capitals >= 2 || textCaps);
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    const letter = tcvn3Letter(c);
    if (letter === undefined) out += w[i];
    else out += caps && c >= 0xa8 ? upper(letter) : letter;
  }
  return restoreLostU(out);
}

const O_HORN_AFTER_CONSONANT = /[bcdđghklmnpqrstvx][ơớờởỡợ]/i;

function restoreLostU(w: string): string {
  const m = O_HORN_AFTER_CONSONANT.exec(w);
  if (!m || isSyllable(w)) return w;
  const at = m.index + 1;
  const u = w[at] === w[at].toLowerCase() ? 'ư' : 'Ư';
  const fixed = w.slice(0, at) + u + w.slice(at);
  return isSyllable(fixed) ? fixed : w;
}

/** Converts TCVN3 text (read as cp1252) to NFC Unicode; see the top of the file for capitals. */
export function tcvn3ToUnicode(s: string): string {
  const src = fromC1(s);
  const textCaps = tcvn3AllCaps(src);
  return compose(src.replace(TCVN3_WORD, (w) => tcvn3Word(w, textCaps)));
}

/** Encodes Unicode text as TCVN3 read through cp1252; a capital with a tone gets the lower-case code. */
export function unicodeToTcvn3(s: string): string {
  let out = '';
  for (const ch of compose(s)) out += TCVN3_ENCODE.get(ch) ?? TCVN3_ENCODE.get(ch.toLowerCase()) ?? ch;
  return out;
}

// ---------------------------------------------------------------------------------------------
// VNI-Windows: a base letter followed by a mark byte; a few letters have a byte of their own.

/** Mark bytes, lower case, in the order of TONES; the capital form is the upper-case character. */
const VNI_TONE = 'ùøûõï'; // after a e o u y ơ ư
const VNI_CIRCUMFLEX_TONE = 'áàåãä'; // after a e o; circumflex alone is â
const VNI_BREVE_TONE = 'éèúüë'; // after a; breve alone is ê

/** Two-character spelling → letter. Both cases of the mark are read; the letter takes the base's case. */
const VNI_PAIR = new Map<string, string>();
/** One-character spelling → letter. */
const VNI_SINGLE = new Map<string, string>();
const VNI_ENCODE = new Map<string, string>();

function addPair(base: string, mark: string, letter: string): void {
  for (const [b, l, m] of [
    [base, letter, mark],
    [upper(base), upper(letter), upper(mark)],
  ]) {
    VNI_PAIR.set(b + m, l);
    VNI_PAIR.set(b + (m === mark ? upper(mark) : mark), l);
    VNI_ENCODE.set(l, b + m);
  }
}
function addSingle(byte: string, letter: string): void {
  for (const [b, l] of [
    [byte, letter],
    [upper(byte), upper(letter)],
  ]) {
    VNI_SINGLE.set(b, l);
    VNI_ENCODE.set(l, b);
  }
}
for (let t = 0; t < 5; t++) {
  for (const v of 'aeouy') addPair(v, VNI_TONE[t], compose(v + TONES[t]));
  addPair('ô', VNI_TONE[t], compose('o' + HORN + TONES[t]));
  addPair('ö', VNI_TONE[t], compose('u' + HORN + TONES[t]));
  for (const v of 'aeo') addPair(v, VNI_CIRCUMFLEX_TONE[t], compose(v + CIRCUMFLEX + TONES[t]));
  addPair('a', VNI_BREVE_TONE[t], compose('a' + BREVE + TONES[t]));
  addSingle('íìæóò'[t], compose('i' + TONES[t]));
}
for (const v of 'aeo') addPair(v, 'â', compose(v + CIRCUMFLEX));
addPair('a', 'ê', 'ă');
addSingle('ô', 'ơ');
addSingle('ö', 'ư');
addSingle('ñ', 'đ');
addSingle('î', 'ỵ'); // the only spelling VNI keyboards produce; “yï” is still read

/** Converts VNI text without normalising; every letter it makes is precomposed. */
function vniRaw(src: string): string {
  let out = '';
  for (let i = 0; i < src.length; i++) {
    // Marks and one-byte letters all lie in U+00C0–U+00FF.
    if (i + 1 < src.length && src.charCodeAt(i + 1) >= 0xc0) {
      const pair = VNI_PAIR.get(src[i] + src[i + 1]);
      if (pair !== undefined) {
        out += pair;
        i++;
        continue;
      }
    }
    out += src.charCodeAt(i) >= 0xc0 ? (VNI_SINGLE.get(src[i]) ?? src[i]) : src[i];
  }
  return out;
}

/** Converts VNI-Windows text (read as cp1252) to NFC Unicode. */
export function vniToUnicode(s: string): string {
  return compose(vniRaw(fromC1(s)));
}

/** Encodes Unicode text as VNI-Windows read through cp1252. */
export function unicodeToVni(s: string): string {
  let out = '';
  for (const ch of compose(s)) out += VNI_ENCODE.get(ch) ?? ch;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Vietnamese syllables

/** Toned vowel → the vowel without tone, and the tone's index in TONES. */
const UNTONED = new Map<string, [string, number]>();
for (const v of 'aăâeêioôơuưy') {
  for (let t = 0; t < 5; t++) UNTONED.set(compose(v + TONES[t]), [v, t]);
}
const TONE_ACUTE = 0;
const TONE_DOT = 4;

const INITIALS = new Set(['', ...'bcdđghklmnprstvx', 'ch', 'gh', 'gi', 'kh', 'ng', 'nh', 'ph', 'qu', 'th', 'tr', 'ngh']);

/** Every rhyme (vần) of standard spelling, without tone. */
const RHYMES = new Set(
  `a ac ach ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây
   e ec em en eng eo ep et ê êch êm ên ênh êp êt êu i ia ich im in inh ip it iu
   iêc iêm iên iêng iêp iêt iêu yêm yên yêng yêt yêu yt ynh ych yn yp
   o oc oi om on ong op ot oong ooc ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt
   u uc ui um un ung up ut ua uôc uôi uôm uôn uông uôt
   ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu y
   oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oem oen oeo oet
   uân uâng uât uây uê uêch uênh uy uych uyn uynh uyp uyt uya uyu uyên uyêt uơ`
    .trim()
    .split(/\s+/),
);
/** After “gi” the i of iê is not written: giêng, giếc. */
const GI_RHYMES = new Set(['êc', 'êng']);
const PLAIN_LETTER = /^[a-zăâêôơưđ]+$/;
const STOP_FINAL = /(?:c|ch|p|t)$/;

function fits(initial: string, rhyme: string, tone: number): boolean {
  if (!INITIALS.has(initial)) return false;
  if (!RHYMES.has(rhyme) && !(initial === 'gi' && GI_RHYMES.has(rhyme))) return false;
  // A syllable ending in c, ch, p or t takes only the acute or the dot below.
  if (tone >= 0 && tone !== TONE_ACUTE && tone !== TONE_DOT && STOP_FINAL.test(rhyme)) return false;
  const first = rhyme[0];
  if (first === 'y' && rhyme.length > 1) return initial === 'qu' || (initial === '' && rhyme[1] === 'ê');
  if (rhyme.startsWith('iê')) return initial !== '';
  const front = first === 'e' || first === 'ê' || first === 'i' || first === 'y';
  switch (initial) {
    case 'k':
      return front;
    case 'gh':
    case 'ngh':
      return front && first !== 'y';
    case 'c':
    case 'ng':
      return !front;
    case 'g':
      return !front || first === 'i';
    case 'qu':
      return first !== 'u' && first !== 'ư';
    default:
      return true;
  }
}

const syllableCache = new Map<string, boolean>();

/** Whether a word (NFC, any case) is one well-formed Vietnamese syllable. */
function isSyllable(word: string): boolean {
  const known = syllableCache.get(word);
  if (known !== undefined) return known;
  const result = checkSyllable(word);
  if (syllableCache.size >= 20_000) syllableCache.clear();
  syllableCache.set(word, result);
  return result;
}

/** A capital right after a small letter (“rÊt”): no Vietnamese word is written so. */
const MIXED_CASE = /\p{Ll}\p{Lu}/u;

function checkSyllable(word: string): boolean {
  if (MIXED_CASE.test(word)) return false;
  const w = word.toLowerCase();
  let bare = '';
  let tone = -1;
  for (const ch of w) {
    const toned = UNTONED.get(ch);
    if (toned === undefined) bare += ch;
    else if (tone >= 0) return false;
    else {
      bare += toned[0];
      tone = toned[1];
    }
  }
  if (!PLAIN_LETTER.test(bare)) return false;
  for (let n = Math.min(3, bare.length); n >= 0; n--) {
    if (fits(bare.slice(0, n), bare.slice(n), tone)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Detection

interface Score {
  /** Words that are no syllable as they stand but become one. */
  evidence: number;
  /** Evidence words whose spelling no ordinary word has (see tcvn3Strong, vniStrong). */
  strong: number;
  /** Words the conversion changes into a non-syllable, or leaves with a symbol inside. */
  against: number;
  /** Words weighed (not numbers, symbols or abbreviations). */
  counted: number;
  /** Counted words that are syllables after conversion. */
  valid: number;
}

const HAS_DIGIT = /[0-9]/;
const HAS_ASCII_LETTER = /[A-Za-z]/;
const HAS_VOWEL = /[aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;
const HAS_TONE = /[àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

const LETTERS_ONLY = /^\p{L}+$/u;
/** A cp1252 symbol left inside a word: that reading does not explain it. */
const HAS_SYMBOL = /[\u00a1-\u00bf\u00d7\u00f7]/;

/** An abbreviation such as “THCS”, “LĐLĐ”, “Tp”: letters only, and no vowel or capitals without tones. */
function isAbbreviation(w: string): boolean {
  if (!LETTERS_ONLY.test(w)) return false;
  if (!HAS_VOWEL.test(w)) return true;
  return w.length >= 2 && w === upper(w) && !HAS_TONE.test(w);
}

// How one word weighs in a reading.
const SKIP = 0; // a number, a symbol or an abbreviation
const OTHER = 1; // unchanged, and no syllable (a foreign word)
const AGAINST = 2;
const VALID = 3; // a syllable after conversion, and no evidence
const EVIDENCE = 4;
const STRONG = 5;

interface Reading {
  convert: (w: string) => string;
  strong: (w: string) => boolean;
  /** Word → weight; lists repeat their words a lot. */
  cache: Map<string, number>;
}

function weigh(token: string, r: Reading): number {
  if (HAS_DIGIT.test(token) || !HAS_ASCII_LETTER.test(token)) return SKIP;
  const conv = r.convert(token);
  if (isSyllable(conv)) {
    if (conv === token || isSyllable(token)) return VALID;
    return r.strong(token) ? STRONG : EVIDENCE;
  }
  if (isAbbreviation(conv)) return SKIP;
  return conv !== token || HAS_SYMBOL.test(conv) ? AGAINST : OTHER;
}

function score(tokens: readonly string[], r: Reading): Score {
  const s: Score = { evidence: 0, strong: 0, against: 0, counted: 0, valid: 0 };
  for (const token of tokens) {
    let k = r.cache.get(token);
    if (k === undefined) {
      k = weigh(token, r);
      if (r.cache.size >= 20_000) r.cache.clear();
      r.cache.set(token, k);
    }
    if (k === SKIP) continue;
    s.counted++;
    if (k === AGAINST) s.against++;
    if (k >= VALID) s.valid++;
    if (k >= EVIDENCE) s.evidence++;
    if (k === STRONG) s.strong++;
  }
  return s;
}

function plausible(s: Score): boolean {
  return (
    s.evidence >= 1 &&
    (s.strong >= 1 || s.evidence >= 2) &&
    s.against <= Math.floor(s.evidence / 4) &&
    s.valid >= 0.75 * s.counted
  );
}

/**
 * A TCVN3 word is strongly marked when it holds a code that is a symbol in cp1252 (« × © ¸, the soft
 * hyphen …) or a capital Latin-1 letter right after a lower-case letter (“ViÖt”, “khÐo”): ordinary
 * words never do.
 */
function tcvn3Strong(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (tcvn3Letter(c) === undefined || (c === 0xb5 && i === 0)) continue; // “µm”, “µg”: the micro sign
    if (c < 0xc0 || c === 0xd7 || c === 0xf7) return true;
    if (c <= 0xde && i > 0) {
      const p = w.charCodeAt(i - 1);
      if ((p >= 0x61 && p <= 0x7a) || p >= 0xdf) return true;
    }
  }
  return false;
}

/** Marks that West-European words also put after a vowel: où, aún, naïf, Loïc, goût, Raphaël. */
const VNI_WEAK_AFTER: Record<string, string> = { a: 'úüëéïû', e: 'ïû', o: 'ùïû', u: 'ïû' };

/** A VNI word is strongly marked when a vowel carries a mark that no West-European spelling puts there. */
function vniStrong(w: string): boolean {
  const s = w.toLowerCase();
  for (let i = 0; i + 1 < s.length; i++) {
    if (!VNI_PAIR.has(s[i] + s[i + 1])) continue;
    if (!(VNI_WEAK_AFTER[s[i]] ?? '').includes(s[i + 1])) return true;
  }
  return false;
}

const TCVN3_TOKEN = /[A-Za-z0-9\u00a1-\u00ff]+/g;
/** VNI has no letters below U+00C0: symbols there end a word, unless they stand inside one (“D¢N”). */
const VNI_CHAR = '[A-Za-z0-9\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff]';
const VNI_TOKEN = new RegExp(`${VNI_CHAR}+(?:[\\u00a1-\\u00bf\\u00d7\\u00f7]+${VNI_CHAR}+)*`, 'g');

const TCVN3: Reading = { convert: (w) => tcvn3Word(w, false), strong: tcvn3Strong, cache: new Map() };
const TCVN3_CAPS: Reading = { convert: (w) => tcvn3Word(w, true), strong: tcvn3Strong, cache: new Map() };
const VNI: Reading = { convert: vniRaw, strong: vniStrong, cache: new Map() };

/**
 * Tells whether a text was typed in TCVN3 or VNI and gives it converted; null for anything else.
 *
 * ASCII and Unicode Vietnamese with a letter beyond Latin-1 or in NFD return at once (mayBeLegacy),
 * and so does text whose words are all syllables already. Otherwise each word is converted and
 * weighed, for each encoding: evidence is a word that is no Vietnamese syllable as it stands but
 * becomes one; a word turned into a non-syllable, or left with a symbol inside, counts against.
 * The text is flagged when there is evidence (one strongly marked word, or two), next to nothing
 * against, and at least three quarters of its words end up as syllables. Correct Vietnamese is
 * never flagged: its words are syllables already, so they are never evidence.
 */
export function detectLegacy(text: string): LegacyDetection | null {
  if (!mayBeLegacy(text)) return null;
  const src = fromC1(text);
  const words = src.match(TCVN3_TOKEN) ?? [];
  // Evidence needs a word that is no syllable as it stands (VNI words are pieces of these words).
  if (words.every((w) => HAS_DIGIT.test(w) || !HAS_ASCII_LETTER.test(w) || isSyllable(w))) return null;

  const tcvn3 = score(words, tcvn3AllCaps(src) ? TCVN3_CAPS : TCVN3);
  const vni = score(src.match(VNI_TOKEN) ?? [], VNI);
  const okT = plausible(tcvn3);
  const okV = plausible(vni);
  if (!okT && !okV) return null;
  const pickVni = okV && (!okT || preferVni(vni, tcvn3, src));
  return pickVni
    ? { encoding: 'vni', unicode: vniToUnicode(src) }
    : { encoding: 'tcvn3', unicode: tcvn3ToUnicode(src) };
}

/**
 * Both readings are plausible, e.g. “möa ña”: VNI “mưa đa”, TCVN3 “mửa ủa”. Stronger evidence
 * decides; failing that, the reading with fewer tone marks: read as TCVN3, VNI's mark bytes and
 * one-byte letters (ñ ö ô …) all become toned vowels, so extra tones point to that misreading.
 */
function preferVni(vni: Score, tcvn3: Score, src: string): boolean {
  const weight = (s: Score): number => s.evidence + s.strong - 2 * s.against;
  if (weight(vni) !== weight(tcvn3)) return weight(vni) > weight(tcvn3);
  if (vni.valid !== tcvn3.valid) return vni.valid > tcvn3.valid;
  return countTones(vniToUnicode(src)) < countTones(tcvn3ToUnicode(src));
}

function countTones(s: string): number {
  let n = 0;
  for (const ch of s) if (UNTONED.has(ch.toLowerCase())) n++;
  return n;
}
