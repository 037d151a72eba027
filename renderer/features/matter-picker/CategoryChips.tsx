import { Flex, Tag } from 'antd';

interface Props {
  categories: readonly string[];
  /** null = all categories. */
  value: string | null;
  onChange(category: string | null): void;
}

/** Browse by the action plan's categories; the chosen one filters the results. */
export function CategoryChips({ categories, value, onChange }: Props) {
  return (
    <Flex wrap gap={4} role="group" aria-label="按类别浏览">
      <Tag.CheckableTag checked={value === null} onChange={() => onChange(null)}>
        全部
      </Tag.CheckableTag>
      {categories.map((category) => (
        <Tag.CheckableTag key={category} checked={value === category} onChange={(checked) => onChange(checked ? category : null)}>
          {category}
        </Tag.CheckableTag>
      ))}
    </Flex>
  );
}
