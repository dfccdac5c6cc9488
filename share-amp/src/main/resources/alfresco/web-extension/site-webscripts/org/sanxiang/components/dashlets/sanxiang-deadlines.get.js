/**
 * Sanxiang deadlines dashlet: reads the repository web script GET /sanxiang/deadlines (sanxiang-repo)
 * and hands its rows to the template. On a site dashboard only that site's cases are asked for.
 *
 * Repository response (JSON):
 *   { "generatedAt": ISO-8601, "deadlines": [ { "nodeRef", "caseNumber", "caseName", "kind",
 *     "due" (ISO-8601), "dueDate" (yyyy-MM-dd), "overdue", "provisional", "citation", "site" } ] }
 */
var DAYS_AHEAD = 30;
var MAX_ROWS = 50;

function main()
{
   var site = page.url.templateArgs.site;
   var uri = "/sanxiang/deadlines?days=" + DAYS_AHEAD + "&max=" + MAX_ROWS;
   if (site)
   {
      uri += "&site=" + encodeURIComponent(site);
   }
   var result = remote.call(uri);
   model.available = (result.status == 200);
   model.deadlines = [];
   model.site = site ? site : "";
   if (model.available)
   {
      var data = JSON.parse(result);
      var rows = data.deadlines || [];
      for (var i = 0; i < rows.length; i++)
      {
         var row = rows[i];
         model.deadlines.push(
         {
            nodeRef: row.nodeRef || "",
            caseNumber: row.caseNumber || "",
            caseName: row.caseName || "",
            kind: row.kind || "",
            dueDate: row.dueDate || "",
            overdue: row.overdue === true,
            provisional: row.provisional === true,
            citation: row.citation || ""
         });
      }
   }
}

main();
