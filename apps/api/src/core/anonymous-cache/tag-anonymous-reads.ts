import { defaultFieldResolver, getNamedType, GraphQLField, GraphQLFieldResolver, GraphQLNamedType, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { RequestContext } from '../auth/request-context';
import { ANONYMOUS_CACHE, SelectionTagging, TypeTagging } from './anonymous-cache.decorators';
import { ReadTagCollector } from './read-tags';

type Tagging = Partial<TypeTagging<unknown> & SelectionTagging<Record<string, unknown>>>;

/**
 * Makes signed-out requests collect the tags of what they resolve, from the schema's declarations
 * (anonymous-cache.decorators.ts): every field that returns an object of a tagged type adds that
 * object's tag, the fields of a type beyond its identity add theirs, and every root query adds the
 * tags of its selection, or marks the response as one that any write drops when it declares none.
 * Nothing is decided by operation names, so a new query or field cannot be cached without tags.
 * Signed-in requests and live events have no collector: for them each wrapper is one extra call.
 */
export function tagAnonymousReads(schema: GraphQLSchema): GraphQLSchema {
  const queryType = schema.getQueryType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    const beyond = taggingOf(type)?.beyond;
    for (const field of Object.values(type.getFields())) {
      const tagOf = taggingOf(getNamedType(field.type))?.tagOf ?? null;
      const fieldBeyond = beyond && !beyond.identity.includes(field.name) ? beyond.tagsOf : null;
      const root = type === queryType ? { selection: (field.extensions[ANONYMOUS_CACHE] as Tagging | undefined)?.selection ?? null } : null;
      if (tagOf || fieldBeyond || root) field.resolve = collecting(field, tagOf, fieldBeyond, root);
    }
  }
  return schema;
}

function taggingOf(type: GraphQLNamedType): Tagging | undefined {
  return type.extensions[ANONYMOUS_CACHE] as Tagging | undefined;
}

function collecting(
  field: GraphQLField<unknown, RequestContext>,
  tagOf: ((value: unknown) => string) | null,
  beyond: ((parent: unknown) => string[]) | null,
  root: { selection: ((args: Record<string, unknown>) => string[]) | null } | null,
): GraphQLFieldResolver<unknown, RequestContext> {
  const resolve = field.resolve ?? defaultFieldResolver;
  return (source, args, context, info) => {
    const collector = context?.readTags;
    if (!collector) return resolve(source, args, context, info);
    if (beyond) for (const tag of beyond(source)) collector.add(tag);
    if (root) declareSelection(collector, root.selection, args);
    const result = resolve(source, args, context, info);
    if (tagOf) collect(result, tagOf, collector);
    return result;
  };
}

function declareSelection(collector: ReadTagCollector, selection: ((args: Record<string, unknown>) => string[]) | null, args: Record<string, unknown>): void {
  try {
    if (!selection) collector.undeclared = true;
    else for (const tag of selection(args)) collector.add(tag);
  } catch {
    collector.undeclared = true; // arguments the resolver will refuse as well
  }
}

/** Tags each object in `value` (an object, a list, a promise of either), when it is there. */
function collect(value: unknown, tagOf: (value: unknown) => string, collector: ReadTagCollector): void {
  if (value === null || value === undefined || value instanceof Error) return;
  if (typeof (value as PromiseLike<unknown>).then === 'function') {
    (value as PromiseLike<unknown>).then(
      (resolved) => collect(resolved, tagOf, collector),
      () => undefined, // the field's error reaches the response, which is then not kept
    );
  } else if (Array.isArray(value)) {
    for (const item of value) collect(item, tagOf, collector);
  } else {
    try {
      collector.add(tagOf(value));
    } catch {
      collector.undeclared = true; // an object its type cannot tag: keep the response only until any write
    }
  }
}
