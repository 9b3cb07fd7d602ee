using CopyLint.Core.Analysis;
using CopyLint.Rules;
using CopyLint.Workspace.Configuration;
using CopyLint.Workspace.RulePacks;
using CopyLint.Workspace.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace CopyLint.Workspace.Tests.Schema;

/// <summary>
/// The JSON Schemas in rules/schema and the hand-written validation agree: every key the loaders accept is in a
/// schema and vice versa, and every shipped file has its schema's required keys and no others.
/// </summary>
public sealed class SchemaConsistencyTests
{
    private static JObject Schema(string name) => JObject.Parse(File.ReadAllText(Path.Combine(RepoPaths.Rules, "schema", name)));

    private static string[] Keys(JToken? objectSchema) =>
        ((JObject)objectSchema!["properties"]!).Properties().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();

    private static string[] Sorted(IEnumerable<string> keys) => keys.Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Copylint_json_keys_match_the_schema() =>
        Assert.Equal(Sorted(ConfigLoader.TopLevelKeys), Keys(Schema("copylint.schema.json")));

    [Fact]
    public void Rule_options_in_the_schema_are_the_options_the_rules_declare()
    {
        var inSchema = (JObject)Schema("copylint.schema.json")["properties"]!["rules"]!["properties"]!;
        var declaring = BuiltInRules.Descriptors.Where(d => d.Options.Count > 0).ToList();
        Assert.Equal(declaring.Select(d => d.Id), inSchema.Properties().Select(p => p.Name));
        foreach (var rule in declaring)
        {
            var options = (JObject)inSchema[rule.Id]!["oneOf"]![1]!["properties"]!["options"]!["properties"]!;
            Assert.Equal(rule.Options.Select(o => o.Name), options.Properties().Select(p => p.Name));
            foreach (var option in rule.Options)
            {
                var schema = options[option.Name]!;
                var type = option.Kind switch
                {
                    RuleOptionKind.Boolean => "boolean", RuleOptionKind.Number => "number", RuleOptionKind.String => "string", _ => "array",
                };
                Assert.Equal(type, (string?)schema["type"]);
                var allowed = option.Kind == RuleOptionKind.StringList ? schema["items"]?["enum"] : schema["enum"];
                Assert.Equal(option.AllowedValues, allowed?.Values<string>().Select(v => v!).ToList());
            }
        }
    }

    [Fact]
    public void Rule_pack_keys_match_the_schema()
    {
        var schema = Schema("rule-pack.schema.json");
        var rule = schema["$defs"]!["rule"]!;
        Assert.Equal(Sorted(RulePackKeys.Pack), Keys(schema));
        Assert.Equal(Sorted(RulePackKeys.Rule), Keys(rule));
        Assert.Equal(Sorted(RulePackKeys.Scopes), Keys(rule["properties"]!["scopes"]));
        Assert.Equal(Sorted(RulePackKeys.Examples), Keys(rule["properties"]!["examples"]));
        Assert.Equal(Sorted(RulePackKeys.Replacement), Keys(rule["properties"]!["replacements"]!["items"]));
        Assert.Equal(Sorted(RulePackKeys.PatternStep), Keys(schema["$defs"]!["patternStep"]!["oneOf"]![1]));
        Assert.Equal(RulePackKeys.Kinds, rule["properties"]!["kind"]!["enum"]!.Values<string>());
        Assert.Equal(RulePackKeys.Elements, rule["properties"]!["element"]!["enum"]!.Values<string>());
        Assert.Equal(RulePackKeys.Severities, rule["properties"]!["severity"]!["enum"]!.Values<string>());
    }

    [Fact]
    public void Every_lexicon_file_has_the_required_keys_and_no_others()
    {
        var schema = Schema("lexicon.schema.json");
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Rules, "lexicons"), "*.json");
        Assert.NotEmpty(files);
        foreach (var file in files) AssertShape(schema, JObject.Parse(File.ReadAllText(file)), file);
    }

    [Fact]
    public void Every_shipped_pack_validates_loads_cleanly_and_passes_its_examples()
    {
        var schema = Schema("rule-pack.schema.json");
        var ruleSchema = schema["$defs"]!["rule"]!;
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Rules, "packs"), "*.json");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var pack = JObject.Parse(File.ReadAllText(file));
            AssertShape(schema, pack, file);
            foreach (var rule in pack["rules"]!.Cast<JObject>()) AssertShape(ruleSchema, rule, $"{file} {rule["id"]}");
            var loaded = RulePackLoader.LoadFile(file);
            Assert.Empty(loaded.Errors);
            Assert.Equal(pack["rules"]!.Count(), loaded.Analyzers.Count);
        }
        Assert.Equal(files.Length, ShippedRulePacks.Files().Count()); // every file is embedded
        var outcomes = RuleExampleRunner.Run(ShippedRulePacks.All.Analyzers);
        Assert.NotEmpty(outcomes);
        Assert.All(outcomes, o => Assert.True(o.Passed, $"{o.RuleId} {(o.IsBad ? "bad" : "good")}[{o.Index}]: {o.Detail}"));
        Assert.All(ShippedRulePacks.All.Analyzers, a => Assert.False(a.Descriptor.IsEnabledByDefault, $"{a.Rule.Id} must ship off"));
    }

    [Fact]
    public void Schemas_reference_each_other_by_existing_definitions()
    {
        var config = Schema("copylint.schema.json");
        var reference = config["properties"]!["customRules"]!["items"]!["$ref"]!.Value<string>()!;
        var (file, pointer) = (reference.Split('#')[0], reference.Split('#')[1]);
        var target = Schema(file).SelectToken(pointer.TrimStart('/').Replace('/', '.'));
        Assert.NotNull(target);
    }

    /// <summary>The hand-written part of validation: required keys present, no keys outside "properties".</summary>
    private static void AssertShape(JToken schema, JObject instance, string what)
    {
        foreach (var required in schema["required"]?.Values<string>() ?? [])
            Assert.True(instance.ContainsKey(required!), $"{what} lacks required key \"{required}\"");
        var allowed = Keys(schema);
        foreach (var p in instance.Properties())
            Assert.True(allowed.Contains(p.Name), $"{what} has key \"{p.Name}\" that its schema does not list");
    }
}
