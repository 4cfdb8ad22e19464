import { test as base, expect } from '@playwright/test';

/** Everything a page did that a reader should never see: console errors and foreign requests. */
interface PageProblems {
  consoleErrors: string[];
  offOriginRequests: string[];
  failedRequests: string[];
  /** How many "responded with a status of 404" console errors the test causes on purpose. */
  expectedStatusErrors: number;
  /** Redirecting pages leave the page before its scripts load: those requests are aborted. */
  allowAbortedRequests: boolean;
}

/**
 * `page` for the handbook: every test also asserts, when it ends, that the pages it visited
 * logged no console error, requested nothing from another origin and had no failed request.
 */
export const test = base.extend<{ problems: PageProblems }>({
  problems: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost').origin;
      const problems: PageProblems = {
        consoleErrors: [],
        offOriginRequests: [],
        failedRequests: [],
        expectedStatusErrors: 0,
        allowAbortedRequests: false,
      };
      page.on('console', (message) => {
        if (message.type() === 'error') problems.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
      // The test server sends the production Content-Security-Policy: any violation fails the test.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
        });
      });
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) {
          problems.offOriginRequests.push(url);
        }
      });
      page.on('requestfailed', (request) => {
        if (problems.allowAbortedRequests && request.failure()?.errorText === 'net::ERR_ABORTED') return;
        problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`);
      });
      await use(problems);
      const statusErrors = problems.consoleErrors.filter((text) => text.includes('responded with a status of 404'));
      expect(statusErrors, 'pages that answered 404').toHaveLength(problems.expectedStatusErrors);
      const otherErrors = problems.consoleErrors.filter((text) => !statusErrors.includes(text));
      expect(otherErrors, 'console errors').toEqual([]);
      expect(problems.offOriginRequests, 'requests to other origins').toEqual([]);
      expect(problems.failedRequests, 'failed requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The reference page every basic test uses, with answers, a Go block and a diagram. */
export const referencePage = {
  path: '/kafka/consumers/ordering/',
  sectionPath: '/kafka/consumers/',
  sectionLabel: 'Consumers and delivery guarantees',
  answerId: 'kafka-ordering-keys',
  question: 'How do you choose a partition key to keep related events in order?',
};
