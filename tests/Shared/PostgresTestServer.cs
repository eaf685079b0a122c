using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace HealthShire.Listener.Testing;

/// <summary>
/// A PostgreSQL server for the tests: the one named by <c>LISTENER_TEST_POSTGRES</c> (an admin connection string), or else a
/// throw-away cluster that this test process creates in a temporary folder with the machine's <c>initdb</c> and stops
/// when it exits. Each test gets a database of its own (<see cref="CreateDatabaseAsync"/>). When neither is available the
/// PostgreSQL tests report skipped with the reason (<c>LISTENER_TEST_POSTGRES=none</c> turns them off on purpose);
/// <c>.ci/run</c> installs PostgreSQL and fails when any of them is skipped.
/// </summary>
internal static class PostgresTestServer
{
    public const string EnvironmentVariable = "LISTENER_TEST_POSTGRES";

    /// <summary>The value of <see cref="EnvironmentVariable"/> that turns the PostgreSQL tests off (they report skipped).</summary>
    public const string TurnedOff = "none";

    private static readonly Lazy<Task<string?>> AdminConnection = new(StartAsync);

    /// <summary>
    /// A fresh, empty database and its connection string. When no PostgreSQL is available here the calling test ends as
    /// skipped, with the reason.
    /// </summary>
    public static async Task<PostgresTestDatabase> CreateDatabaseAsync()
    {
        if (string.Equals(Environment.GetEnvironmentVariable(EnvironmentVariable), TurnedOff, StringComparison.Ordinal))
        {
            Assert.Skip($"PostgreSQL tests are turned off ({EnvironmentVariable}={TurnedOff}).");
        }

        var admin = await AdminConnection.Value;
        if (admin is null)
        {
            Assert.Skip($"No PostgreSQL here: install the postgresql package (initdb under /usr/lib/postgresql) or set {EnvironmentVariable}.");
        }

        var name = "listener_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new PostgresTestDatabase(admin, name, builder.ConnectionString);
    }

    private static async Task<string?> StartAsync()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
        {
            return configured;
        }

        var bin = FindBinaries();
        if (bin is null)
        {
            return null;
        }

        var folder = Directory.CreateTempSubdirectory("listener-pg-").FullName;
        var data = Path.Combine(folder, "data");
        var port = FreePort();
        // initdb refuses to run as root: the cluster then belongs to the postgres user that the package creates.
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await RunAsync("chown", ["postgres:postgres", folder]);
        }

        await RunAsync(asRoot, Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"]);
        // Durability is not what these tests check; without fsync the suite runs several times faster.
        var options = string.Create(
            CultureInfo.InvariantCulture,
            $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200");
        await RunAsync(asRoot, Path.Combine(bin, "pg_ctl"), ["-D", data, "-o", options, "-l", Path.Combine(folder, "server.log"), "-w", "start"]);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(asRoot, bin, data, folder);
        return string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false");
    }

    private static string? FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        return Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
                .OrderByDescending(bin => bin, StringComparer.Ordinal)
                .FirstOrDefault()
            : null;
    }

    private static void Stop(bool asRoot, string bin, string data, string folder)
    {
        try
        {
            using var process = Process.Start(Start(asRoot, Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "stop"]));
            process?.WaitForExit(10_000);
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            // A leftover temporary folder is harmless.
        }
    }

    private static Task RunAsync(string file, string[] arguments) => RunAsync(asPostgres: false, file, arguments);

    private static async Task RunAsync(bool asPostgres, string file, string[] arguments)
    {
        using var process = Process.Start(Start(asPostgres, file, arguments))
            ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} exited with {process.ExitCode}: {await output}{await error}");
        }
    }

    private static ProcessStartInfo Start(bool asPostgres, string file, string[] arguments)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres)
        {
            foreach (var argument in (string[])["-u", "postgres", "--", file])
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
