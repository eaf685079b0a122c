using HealthShire.Listener.Tests.Storage.Contracts;

namespace HealthShire.Listener.Tests.Storage;

public sealed class SqlitePostStoreReadTests() : PostStoreReadContract(StoreKind.Sqlite);
