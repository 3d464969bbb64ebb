/**
 * A local guess at whether a message is beyond the small on-device model. It only suggests:
 * acting on it arms the cloud switch, and the review dialog still decides.
 */

const CODE = /\b(write|implement|generate|refactor|debug|fix)\b[^.?!]{0,60}\b(code|function|class|script|program|query|regex|sql|component|api)\b|```|\b(python|javascript|typescript|java|c\+\+|rust|golang|sql)\b/i;
const MATH = /\b(solve|prove|integral|derivative|equation|probability|calculate|compute)\b|[0-9)]\s*[-+*/^=]\s*[0-9(x]|\b\d+\s*%\s*of\b/i;
const STEPS = /\b(step by step|step-by-step|compare and contrast|pros and cons|analy[sz]e|plan|strategy|first[^.]{0,80}then)\b/i;

/** Why Mini may answer this better, in a few words, or null when Nano should do. */
export function adviseMini(draft: string, lastLocalReply?: { status: string } | null): string | null {
  const text = draft.trim();
  if (lastLocalReply && (lastLocalReply.status === 'stopped' || lastLocalReply.status === 'failed')) {
    return 'the last on-device reply was stopped or failed';
  }
  if (!text) return null;
  if (text.length > 4000) return 'it is a long document';
  if (CODE.test(text)) return 'it asks for code';
  if (MATH.test(text)) return 'it involves mathematics';
  if (STEPS.test(text) || (text.match(/\?/g)?.length ?? 0) >= 3 || text.length > 1500) return 'it needs several steps of reasoning';
  return null;
}
