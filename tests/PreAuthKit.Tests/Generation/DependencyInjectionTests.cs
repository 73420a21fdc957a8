using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PreAuthKit.DependencyInjection;
using PreAuthKit.Tests.Support;

namespace PreAuthKit.Tests.Generation;

public class DependencyInjectionTests
{
    [Test]
    public async Task AddPreAuthKit_registers_one_configured_generator_that_logs_without_patient_data()
    {
        var logger = new CapturingLogger();
        var services = new ServiceCollection();
        services.AddSingleton<ILogger<PreAuthGenerator>>(logger);
        services.AddPreAuthKit(options =>
        {
            options.TimeProvider = TestCases.Clock;
            options.Validation.AppealDeadlines.InternalAppealDays = 30;
        });
        using var provider = services.BuildServiceProvider();

        var generator = provider.GetRequiredService<PreAuthGenerator>();
        var document = await generator.RenderAppealAsync(AppealCases.Sample());

        Assert.That(provider.GetRequiredService<PreAuthGenerator>(), Is.SameAs(generator));
        Assert.That(document.Deadline!.DueOn, Is.EqualTo(new DateOnly(2026, 12, 23)), "configured 30-day window");
        Assert.That(logger.Messages, Has.Some.Contains(document.Sha256));
        var logged = string.Join("\n", logger.Messages);
        foreach (var phi in new[] { "Jordan", "Sample", "EXH123456789", "04/12/1988", "1988", "EXHP-PA-2026-000731", "GRP-0042", "wrist" })
        {
            Assert.That(logged, Does.Not.Contain(phi));
        }
    }

    [Test]
    public async Task Refused_case_logs_finding_codes_only()
    {
        var logger = new CapturingLogger();
        var generator = new PreAuthGenerator(new PreAuthGeneratorOptions { TimeProvider = TestCases.Clock }, logger);

        await Assert.ThrowsAsync<PreAuthKit.Validation.CaseValidationException>(() => generator.RenderAppealAsync(TestCases.BurnScarForearm()));

        Assert.That(logger.Messages, Has.Some.Contains("PAK-APL-012"));
        Assert.That(string.Join("\n", logger.Messages), Does.Not.Contain("Jordan"));
    }

    private sealed class CapturingLogger : ILogger<PreAuthGenerator>
    {
        private readonly List<string> _messages = [];

        public IReadOnlyList<string> Messages
        {
            get
            {
                lock (_messages)
                {
                    return [.. _messages];
                }
            }
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (_messages)
            {
                _messages.Add(formatter(state, exception) + (exception is null ? "" : " " + exception.Message));
            }
        }
    }
}
