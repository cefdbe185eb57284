import { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the operation asks, under the resolved field and then `path` (say edges, node), for any
 * of `fields`: a resolver can then leave out of its SQL the large columns nobody asked for. It errs
 * towards yes: a field under @include or @skip counts as asked.
 */
export function selectsAnyOf(info: GraphQLResolveInfo, path: string[], fields: string[]): boolean {
  let level: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) level = level.flatMap((node) => fieldsOf(info, node.selectionSet).filter((field) => field.name.value === name));
  return level.some((node) => fieldsOf(info, node.selectionSet).some((field) => fields.includes(field.name.value)));
}

/** The fields of a selection set, those in fragments included. */
function fieldsOf(info: GraphQLResolveInfo, selectionSet: SelectionSetNode | undefined): FieldNode[] {
  if (!selectionSet) return [];
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === 'Field') return [selection];
    if (selection.kind === 'InlineFragment') return fieldsOf(info, selection.selectionSet);
    const fragment = info.fragments[selection.name.value];
    return fragment ? fieldsOf(info, fragment.selectionSet) : [];
  });
}
