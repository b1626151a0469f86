import { InProcessUserLock } from '@casual-memory/core';
import { userLockSuite } from '../src';

// The in-process lock is core's reference implementation: every test must pass here. Two
// `new InProcessUserLock()` are independent; `sharedFor` is how services share one.
userLockSuite('InProcessUserLock', async () => new InProcessUserLock(), { sharedBackend: false });

const store = {};
userLockSuite('InProcessUserLock.sharedFor', async () => InProcessUserLock.sharedFor(store));
