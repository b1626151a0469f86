import { registerBackendTests } from './helpers/backend-tests';
import { DATABASES } from './helpers/test-databases';

registerBackendTests(DATABASES.mysql);
