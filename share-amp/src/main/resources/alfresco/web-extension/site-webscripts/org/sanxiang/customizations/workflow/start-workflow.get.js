/**
 * Extension of Share's start-workflow component (org/alfresco/components/workflow/start-workflow.get.js),
 * run after it by the "Sanxiang 三项" extension module. The Sanxiang doclib actions open
 * start-workflow?selectedItems=<node>&sxProcess=activiti$sx...: the process menu then offers that one
 * process only, so "Start legal review" cannot start a disclosure by mistake. Without sxProcess, or
 * when the process is not deployed, the page is left as Share built it.
 */
function narrowToRequestedProcess()
{
   var requested = page.url.args.sxProcess;
   if (!requested || !/^activiti\$sx[A-Za-z]+$/.test(requested))
   {
      return;
   }
   var only = [];
   var all = model.workflowDefinitions || [];
   for (var i = 0; i < all.length; i++)
   {
      if (all[i].name == requested)
      {
         only.push(all[i]);
      }
   }
   if (only.length != 1)
   {
      return;
   }
   // The menu (template) and the widget's options are indexed alike: narrow both.
   model.workflowDefinitions = only;
   for (var j = 0; j < model.widgets.length; j++)
   {
      if (model.widgets[j].id == "StartWorkflow")
      {
         model.widgets[j].options.workflowDefinitions = only;
      }
   }
}

narrowToRequestedProcess();
