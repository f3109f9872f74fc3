// Bodies (责任单位): who a measure names to lead it or share it. A body is a
// place and a canonical name; the hand-kept taxonomy in content/bodies.json
// says which names are one body (市场监管局 is 市场监督管理局) and what kind of
// body each is, and the converter resolves every name a measure writes.
import { z } from 'zod';

/** What sort of organisation a body is. */
export const bodyKindSchema = z.enum([
  /** A government department: 局, 委, 办, 厅, and their divisions (处, 室). */
  'department',
  /** A people's government or a park's management committee. */
  'government',
  'court',
  'procuratorate',
  /** A Party committee's department, or a mass organisation it leads (统战部, 工商联). */
  'party',
  /** The central bank's branches and commercial banks. */
  'bank',
  /** State-owned companies and utilities: 供电公司, 水务集团. */
  'company',
  /** Public institutions: 中心, 院, 所. */
  'institution',
  /** Not one body but many: 各县（市、区）人民政府, 市级有关部门. */
  'group',
]);

/**
 * The role a measure gives a body: it leads (牵头), is responsible for carrying it out (负责, 落实,
 * 责任单位), or supports those who are (配合, 协助, 参与, 协同 — a 配合单位 answers for its help, not
 * for the task, so a reader asking who is accountable reads the first two).
 */
export const bodyRoleSchema = z.enum(['lead', 'responsible', 'support']);

/** Roles strongest first. */
export const BODY_ROLES = bodyRoleSchema.options;

/** Whether `role` outranks `than`: a body a measure names twice keeps its strongest role (named to lead and to support, it leads). */
export const strongerRole = (role: BodyRole, than: BodyRole): boolean => BODY_ROLES.indexOf(role) < BODY_ROLES.indexOf(than);

/** Where a measure names a body: its own clause, a table column, an enclosing heading, a document-wide rule. */
/**
 * Where a body was named: the item's role clause (item), a table column, an enclosing heading, a rule the
 * document states once, or a sentence of the item's running text that names who acts (sentence: 由市政府牵头，
 * 会同…; 自治区市场监管厅…组织开展…), read only where the item has no role clause.
 */
export const bodyOriginSchema = z.enum(['item', 'column', 'heading', 'document-rule', 'sentence']);

/** One function of the taxonomy (content/bodies.json): market regulators, development-and-reform commissions … */
export const bodyFunctionSchema = z.object({
  /** URL slug of the function's page across places: /units/kinds/<id>/ */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** What the bodies of this function are called together: 市场监管部门. */
  name: z.string(),
  kind: bodyKindSchema,
  /** Canonical names of the function's bodies, as their establishing documents name them (市场监督管理局, 市场监督管理厅). */
  canonical: z.array(z.string().min(1)).min(1),
  /** Other names the sources use, each with its canonical name and why the two are one body. */
  aliases: z.array(
    z.object({
      alias: z.string().min(1),
      canonical: z.string().min(1),
      basis: z.string(),
      /** Where the alias means this canonical name only (宁夏's cities call their 审批局 审批服务管理局); elsewhere the alias without `provinces` holds. */
      provinces: z.array(z.string().min(1)).optional(),
    }),
  ),
  /**
   * The bodies go by their place as the source writes it before their name (中卫金融监管分局, 平凉工业园区管委会):
   * a name written with its place keeps it, not the city's full name (金昌市银保监分局 is no name the branch uses).
   */
  placeAsWritten: z.literal(true).optional(),
});

export const bodyTaxonomySchema = z.object({ description: z.string(), functions: z.array(bodyFunctionSchema).min(1) });

/** A measure's reference to one body. */
export const measureBodySchema = z.object({
  /** The body's id (place and canonical name): /units/<id>/ */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The body's name with its place, as the site shows it: 银川市市场监督管理局. */
  name: z.string().min(1),
  /** The name as the measure wrote it, implied prefix written out: 市市场监管局. */
  asWritten: z.string().min(1),
  role: bodyRoleSchema,
  origin: bodyOriginSchema,
  /**
   * Named by a heading whose bodies lead its items respectively (（石嘴山供电公司、市住建局分别牵头）):
   * this body leads some of the heading's items, the text does not say which, so it is listed on each.
   */
  respectively: z.literal(true).optional(),
  /**
   * Named by such a heading that names as many bodies as it has sections: they pair in order
   * (分别, respectively), and this body leads the section that holds the measure.
   */
  inOrder: z.literal(true).optional(),
  /**
   * The list stops short after this body (等), with the words after 等 that say what else it holds:
   * 市发改委等相关部门，各县区 → 相关部门 on 市发改委, so a page writes 等 there ('' for a bare 等).
   */
  etc: z.string().optional(),
});

/** A body, with the places its names were read from (content/analysis/bodies.json). */
export const bodySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  /** The canonical name without its place: 市场监督管理局. */
  canonical: z.string(),
  province: z.string(),
  city: z.string().nullable(),
  /** Function id (content/bodies.json), or the slug of the canonical name when the taxonomy has none. */
  function: z.string(),
  functionName: z.string(),
  kind: bodyKindSchema,
  /** The canonical name of the department this body is a division of (市场监督管理厅 for its 标准化处), where it is one. */
  department: z.string().optional(),
  /**
   * Every way the sources write this body, with where each was first read: the first line of the first
   * measure naming it, in its own text or under a heading that names it (a page says 第 43 行起的措施, not 第 43 行).
   */
  writtenAs: z.array(z.object({ text: z.string(), file: z.string(), line: z.number().int() })),
});

export type BodyKind = z.infer<typeof bodyKindSchema>;
export type BodyRole = z.infer<typeof bodyRoleSchema>;
export type BodyOrigin = z.infer<typeof bodyOriginSchema>;
export type BodyTaxonomy = z.infer<typeof bodyTaxonomySchema>;
export type MeasureBody = z.infer<typeof measureBodySchema>;
export type Body = z.infer<typeof bodySchema>;
