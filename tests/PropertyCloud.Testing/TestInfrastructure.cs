namespace PropertyCloud.Testing;

/// <summary>The local PostgreSQL and RabbitMQ that ./test.sh starts (deploy/local/infra.sh).</summary>
public static class TestInfrastructure
{
    public static string PostgresHost => Environment.GetEnvironmentVariable("PC_TEST_PGHOST") ?? "127.0.0.1";
    public static string RabbitHost => Environment.GetEnvironmentVariable("PC_TEST_RABBITHOST") ?? "127.0.0.1";
    public const int RabbitPort = 5672;
    public const int RabbitManagementPort = 15672;
    public const string User = "app";
    public const string Password = "app";

    public static string PostgresConnectionString(string database) =>
        $"Host={PostgresHost};Port=5432;Username={User};Password={Password};Database={database};Include Error Detail=true";
}
