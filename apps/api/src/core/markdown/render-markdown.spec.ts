import { renderMarkdown } from './render-markdown';

describe('renderMarkdown', () => {
  it('renders emphasis, lists and code', () => {
    const html = renderMarkdown('**Restart** the router:\n\n1. unplug\n2. wait\n\n`ping 1.1.1.1`');
    expect(html).toContain('<strong>Restart</strong>');
    expect(html).toContain('<ol>');
    expect(html).toContain('<code>ping 1.1.1.1</code>');
  });

  it.each([
    ['a script tag', '<script>alert(1)</script>', /<script/i],
    ['an event handler', '<img src=x onerror=alert(1)>', /<img[^>]*onerror/i],
    ['a javascript: link', '[click](javascript:alert(1))', /href="javascript:/i],
    ['a data: image', '![x](data:image/svg+xml;base64,PHN2Zz4=)', /src="data:/i],
  ])('neutralises %s', (_name, source, forbidden) => {
    expect(renderMarkdown(source)).not.toMatch(forbidden);
  });

  it('opens links in a new tab without passing authority', () => {
    expect(renderMarkdown('[docs](https://example.com)')).toContain(
      '<a href="https://example.com" rel="nofollow ugc noopener" target="_blank">docs</a>',
    );
  });
});
