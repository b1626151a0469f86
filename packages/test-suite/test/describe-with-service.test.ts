import { describeWithService, type TestApi, type TestBody } from '../src';

/** A runner that records what is registered instead of running it. */
function recordingApi(): { api: TestApi; log: string[]; bodies: TestBody[] } {
  const log: string[] = [];
  const bodies: TestBody[] = [];
  const describeFn = Object.assign(
    (name: string, body: () => void) => {
      log.push(`describe ${name}`);
      body();
    },
    { skip: (name: string) => log.push(`skip ${name}`) },
  );
  const api: TestApi = {
    describe: describeFn,
    it: (name, body) => {
      log.push(`it ${name}`);
      bodies.push(body);
    },
  };
  return { api, log, bodies };
}

describe('describeWithService', () => {
  it('runs the tests when the service answers', () => {
    const { api, log } = recordingApi();
    describeWithService('redis', undefined, () => api.it('works', async () => undefined), { test: api, required: true });
    expect(log).toEqual(['describe redis', 'it works']);
  });

  it('skips, saying why, when the service is absent and not required', () => {
    const { api, log } = recordingApi();
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    describeWithService('redis', 'nothing on 6379', () => api.it('works', async () => undefined), { test: api, required: false });
    expect(log).toEqual(['skip redis']);
    expect(warn).toHaveBeenCalledWith('Skipping "redis": nothing on 6379');
    warn.mockRestore();
  });

  it('fails with the reason when the service is absent and required', async () => {
    const { api, log, bodies } = recordingApi();
    describeWithService('redis', 'nothing on 6379', () => api.it('works', async () => undefined), { test: api, required: true });
    expect(log).toEqual(['describe redis', 'it needs its service (a missing service fails here instead of skipping)']);
    await expect(bodies[0]!()).rejects.toThrow('redis: nothing on 6379');
  });
});
