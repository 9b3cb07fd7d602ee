namespace CopyLint.Workspace.RulePacks;

/// <summary>What <c>copylint init</c> writes: a starter copylint.json and a small desk pack that passes its own examples.</summary>
public static class StarterFiles
{
    public const string SchemaBaseUri = "https://raw.githubusercontent.com/copylint/copylint/main/rules/schema/";
    public const string PackRelativePath = "rules/desk.json";

    public static string Config => """
        {
          "$schema": "https://raw.githubusercontent.com/copylint/copylint/main/rules/schema/copylint.schema.json",
          "root": true,
          "rules": {
            "CL0001": "warning",
            "CL0002": "warning",
            "CL0003": "error"
          },
          "lexicons": {
            "hedges": { "add": [], "remove": [] }
          },
          "rulePacks": ["rules"],
          "customRules": [],
          "exclude": ["drafts/archive/**"],
          "requireSuppressionReason": false
        }

        """;

    public static string DeskPack => """
        {
          "$schema": "https://raw.githubusercontent.com/copylint/copylint/main/rules/schema/rule-pack.schema.json",
          "name": "desk",
          "description": "Our desk's house style. Run 'copylint test-rules rules/desk.json' after every edit.",
          "rules": [
            {
              "id": "DESK001",
              "kind": "substitution",
              "description": "House style spells these as one word.",
              "severity": "info",
              "replacements": [
                { "find": ["per cent", "per centum"], "replace": "percent" },
                { "find": "e-mail", "replace": "email" }
              ],
              "examples": {
                "bad": ["Turnout rose 5 per cent on Tuesday.", "Send an e-mail to the desk."],
                "good": ["Turnout rose 5 percent on Tuesday."]
              }
            },
            {
              "id": "DESK002",
              "kind": "wordlist",
              "description": "Jargon the desk avoids in news copy.",
              "message": "Avoid '{match}': say what happened in plain words",
              "severity": "info",
              "inflections": true,
              "terms": ["utilize", "going forward", "stakeholder"],
              "examples": {
                "bad": ["The council utilized the funds.", "Stakeholders met on Monday."],
                "good": ["The council used the funds."]
              }
            }
          ]
        }

        """;
}
