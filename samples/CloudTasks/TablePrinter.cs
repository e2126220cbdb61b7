using System;
using System.Collections.Generic;
using System.Linq;

namespace CloudTasks;

/// <summary>Prints rows as a plain-text table with aligned columns.</summary>
internal static class TablePrinter
{
    public static void Print(string title, string[] headers, IEnumerable<string?[]> rows)
    {
        var all = rows.Select(row => row.Select(cell => cell ?? "-").ToArray()).ToList();
        var widths = headers.Select((header, i) => Math.Max(header.Length, all.Count == 0 ? 0 : all.Max(row => row[i].Length))).ToArray();
        Console.WriteLine();
        Console.WriteLine(title);
        Console.WriteLine(Line(headers, widths));
        Console.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in all)
        {
            Console.WriteLine(Line(row, widths));
        }
    }

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd();
}
