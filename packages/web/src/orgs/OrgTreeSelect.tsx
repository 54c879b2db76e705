import { localize, type Organisation } from '@gesang/domain';
import { TreeSelect } from 'antd';
import { useMemo, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n/index.js';
import { buildOrgTree, orgMatches, type OrgNode } from './org-tree.js';

/** Props of {@link OrgTreeSelect}; `value`/`onChange` are supplied by `Form.Item`. */
export interface OrgTreeSelectProps {
  orgs: readonly Organisation[];
  value?: string | null;
  onChange?: (orgId: string | undefined) => void;
  allowClear?: boolean;
  placeholder?: string;
  'data-testid'?: string;
}

interface TreeOption {
  value: string;
  title: ReactElement;
  org: Organisation;
  children?: TreeOption[];
}

/**
 * Pick one organisation from the tree. Search matches the code and the name in every language,
 * so a Tibetan-speaking admin can type "lhatse" or 拉孜 alike. Each option carries
 * `data-testid="org-option-<code>"`.
 */
export function OrgTreeSelect({
  orgs,
  value,
  onChange,
  allowClear,
  placeholder,
  ...rest
}: OrgTreeSelectProps): ReactElement {
  const { t } = useTranslation();
  const locale = currentLocale();
  const treeData = useMemo(() => {
    const toOption = (node: OrgNode): TreeOption => ({
      value: node.id,
      org: node,
      title: (
        <span
          data-testid={`org-option-${node.code}`}
          lang={locale === 'bo' && node.name.bo ? 'bo' : undefined}
        >
          {localize(node.name, locale)}
        </span>
      ),
      ...(node.children ? { children: node.children.map(toOption) } : {}),
    });
    return buildOrgTree(orgs).map(toOption);
  }, [orgs, locale]);

  return (
    <TreeSelect<string>
      data-testid={rest['data-testid']}
      treeData={treeData}
      value={value || undefined} // '' (a new, empty form row) shows the placeholder
      onChange={(v) => onChange?.(v)}
      allowClear={allowClear}
      placeholder={placeholder ?? t('orgs.pick')}
      showSearch={{
        filterTreeNode: (input, node) => orgMatches((node as unknown as TreeOption).org, input),
      }}
      treeDefaultExpandAll
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
      listHeight={320}
    />
  );
}
