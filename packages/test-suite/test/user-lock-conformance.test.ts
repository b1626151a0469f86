import { InProcessUserLock } from '@casual-memory/core';
import { userLockSuite } from '../src';
import { type LeaseTable, ReferencePollingLock } from './reference-stores/reference-polling-lock';

// The in-process lock is core's reference implementation: every test must pass here. Two
// `new InProcessUserLock()` are independent; `sharedFor` is how services share one.
userLockSuite('InProcessUserLock', async () => new InProcessUserLock(), { sharedBackend: false });

const store = {};
userLockSuite('InProcessUserLock.sharedFor', async () => InProcessUserLock.sharedFor(store));

// A try-only lock on core's PollingUserLockBase: locks on one table exclude each other by polling.
const table: LeaseTable = new Map();
userLockSuite('ReferencePollingLock', async () => new ReferencePollingLock(table));
