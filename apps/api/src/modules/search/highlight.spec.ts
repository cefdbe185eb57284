import { MATCH_END, MATCH_START, toSafeHighlight } from './highlight';

describe('toSafeHighlight', () => {
  it('escapes what members wrote and marks only the matches', () => {
    expect(toSafeHighlight(`<img onerror=x> reset ${MATCH_START}router${MATCH_END} & "modem"`)).toBe(
      '&lt;img onerror=x&gt; reset <mark>router</mark> &amp; &quot;modem&quot;',
    );
  });
});
