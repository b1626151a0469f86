import { registerBackendTests } from './helpers/backend-tests';
import { DATABASES } from './helpers/test-databases';
import { registerUpgradeTests } from './helpers/upgrade-tests';

registerBackendTests(DATABASES.postgres);
registerUpgradeTests(DATABASES.postgres);
