using HealthShire.Listener.Tests.Storage.Contracts;

namespace HealthShire.Listener.Tests.Storage.Postgres;

public sealed class PostgresPostStoreReadTests() : PostStoreReadContract(StoreKind.Postgres);
