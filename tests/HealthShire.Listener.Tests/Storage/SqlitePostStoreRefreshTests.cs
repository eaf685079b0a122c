using HealthShire.Listener.Tests.Storage.Contracts;

namespace HealthShire.Listener.Tests.Storage;

public sealed class SqlitePostStoreRefreshTests() : PostStoreRefreshContract(StoreKind.Sqlite);
