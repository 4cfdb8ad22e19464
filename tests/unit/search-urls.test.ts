import { describe, expect, it } from 'vitest';
import { wordsOfPath } from '../../src/client/search/missing-page.ts';
import { searchPageUrl } from '../../src/client/search/search-url.ts';

describe('searchPageUrl', () => {
  it('names the query and the filters that are set', () => {
    expect(searchPageUrl('/', 'consumer lag', { level: 'advanced', section: '' })).toBe(
      '/search/?q=consumer+lag&level=advanced',
    );
    expect(searchPageUrl('/handbook/', 'net/http/pprof', {})).toBe('/handbook/search/?q=net%2Fhttp%2Fpprof');
  });

  it('is the bare search page for no query and no filter', () => {
    expect(searchPageUrl('/', '   ', {})).toBe('/search/');
  });
});

describe('wordsOfPath', () => {
  it('reads the words of a missing address, without the base path', () => {
    expect(wordsOfPath('/kafka/consumer-group-rebalancing/', '/')).toBe('kafka consumer group rebalancing');
    expect(wordsOfPath('/handbook/go/sync_mutex.html', '/handbook/')).toBe('go sync mutex');
  });

  it('drops numbers-only parts and index, and survives a malformed escape', () => {
    expect(wordsOfPath('/2024/05/index.html', '/')).toBe('');
    expect(wordsOfPath('/kafka%E0%A4%A/lag', '/')).toBe('kafka E0 A4 A lag');
    expect(wordsOfPath('/caf%C3%A9/', '/')).toBe('café');
  });
});
