import { conflictStoreSuite } from '@casual-memory/test-suite';
import { DATABASES, describeOn, loadedTypeormVersion, storeFactory } from './helpers/test-databases';

const database = DATABASES.mysql;
describeOn(database, `on ${database.type}`, () => {
  conflictStoreSuite(`TypeORMConflictStore (${database.type}, TypeORM ${loadedTypeormVersion()})`, storeFactory(database), {
    persistent: true,
    // No database here keeps a lone UTF-16 surrogate (the drivers write UTF-8): the store refuses them.
    exactStrings: false,
  });
});
