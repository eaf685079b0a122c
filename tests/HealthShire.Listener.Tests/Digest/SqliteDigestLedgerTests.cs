using HealthShire.Listener.Tests.Storage;
using HealthShire.Listener.Tests.Storage.Contracts;

namespace HealthShire.Listener.Tests.Digest;

public sealed class SqliteDigestLedgerTests() : DigestLedgerContract(StoreKind.Sqlite);
