using System;
using System.Globalization;
using System.Text;

namespace CodeGen.Benchmarks.Inputs;

/// <summary>Writes an OpenAPI 3.0 JSON document of a given number of operations, all alike, for scaling runs.</summary>
internal static class SyntheticSpec
{
    public static string Create(int operations)
    {
        var json = new StringBuilder();
        json.Append("""{"openapi":"3.0.3","info":{"title":"Synthetic","version":"1"},"servers":[{"url":"https://api.example.com"}],"paths":{""");
        for (var i = 0; i < operations; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            json.Append(i == 0 ? string.Empty : ",")
                .Append("""
                "/items@N/{id}":{"get":{"operationId":"getItem@N","parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"string"}},{"name":"limit","in":"query","schema":{"type":"integer","format":"int32","minimum":1,"maximum":100}},{"name":"state","in":"query","schema":{"type":"string","enum":["open","closed"]}}],"responses":{"200":{"description":"The item.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Item@N"}}}},"404":{"description":"Not found.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Error"}}}}}}}
                """.Replace("@N", n, StringComparison.Ordinal));
        }

        json.Append("""},"components":{"schemas":{"Error":{"type":"object","properties":{"code":{"type":"string"},"message":{"type":"string"}}}""");
        for (var i = 0; i < operations; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            json.Append("""
                ,"Item@N":{"type":"object","required":["id"],"properties":{"id":{"type":"string"},"name":{"type":"string","description":"The name."},"created":{"type":"string","format":"date-time"},"count":{"type":"integer","format":"int64"},"tags":{"type":"array","items":{"type":"string"}},"owner":{"type":"object","properties":{"login":{"type":"string"},"kind":{"type":"string","enum":["user","bot"]}}}}}
                """.Replace("@N", n, StringComparison.Ordinal));
        }

        return json.Append("}}}").ToString();
    }
}
